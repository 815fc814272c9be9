// A Vitest reporter that prints, per suite (Vitest project), how many files ran, their summed duration and the
// slowest files, so a slow suite or a file creeping towards its timeout shows in every `npm test`.
export default class SuiteTimesReporter {
  onTestRunEnd(testModules) {
    const suites = new Map();
    for (const m of testModules) {
      const name = m.project.name;
      const s = suites.get(name) ?? { files: 0, ms: 0, slowest: [] };
      const ms = m.diagnostic().duration;
      s.files += 1;
      s.ms += ms;
      s.slowest.push({ file: m.relativeModuleId ?? m.moduleId, ms });
      suites.set(name, s);
    }
    console.log('\nSuite times (summed over files; files run in parallel):');
    for (const [name, s] of suites) {
      const top = s.slowest.sort((a, b) => b.ms - a.ms).slice(0, 3);
      const tops = top.map((t) => `${t.file} ${(t.ms / 1000).toFixed(1)} s`).join(', ');
      console.log(`  ${name}: ${s.files} files, ${(s.ms / 1000).toFixed(1)} s; slowest: ${tops}`);
    }
  }
}
