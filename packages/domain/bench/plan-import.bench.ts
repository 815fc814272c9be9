// Times the plan import on the seed: node --import tsx packages/domain/bench/plan-import.bench.ts
// The baseline, measured in the same run, only splits the same text into lines and tab cells, so the ratio says
// what the parsing itself costs on this machine, whatever its speed.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DEFAULT_UNITS, parsePlanText } from '../src/index.js';

const SEED = new URL('../../../seed/ke-hoach-cchc-2026-phuong-hai-duong.txt', import.meta.url);
const ROUNDS = 7;
const IMPORTS_PER_ROUND = 100;
const SPLITS_PER_ROUND = 2_000;

/** Something every run returns, summed so the engine cannot drop the work. */
let sink = 0;

function importPlan(text: string): void {
  sink += parsePlanText(text, { units: DEFAULT_UNITS }).tasks.length;
}

function splitOnly(text: string): void {
  for (const line of text.split(/\r?\n/)) sink += line.split('\t').length;
}

/** Median time of one call, in milliseconds, over several rounds (the median ignores a round hit by GC). */
function msPerCall(run: (text: string) => void, text: string, perRound: number): number {
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (let i = 0; i < perRound; i++) run(text);
    rounds.push((performance.now() - start) / perRound);
  }
  rounds.sort((a, b) => a - b);
  return rounds[Math.floor(rounds.length / 2)] ?? Number.NaN;
}

function main(): void {
  const text = readFileSync(SEED, 'utf8');
  // Warm-up: let the JIT compile both paths before anything is timed.
  msPerCall(importPlan, text, 20);
  msPerCall(splitOnly, text, 200);
  const importMs = msPerCall(importPlan, text, IMPORTS_PER_ROUND);
  const baselineMs = msPerCall(splitOnly, text, SPLITS_PER_ROUND);
  console.log(`seed: ${text.length} characters, ${text.split('\n').length} lines`);
  console.log(`plan import: ${importMs.toFixed(3)} ms per import (median of ${ROUNDS} rounds x ${IMPORTS_PER_ROUND})`);
  console.log(`baseline (split into lines and cells): ${baselineMs.toFixed(4)} ms per pass`);
  console.log(`ratio: ${(importMs / baselineMs).toFixed(1)}x the baseline`);
  console.log(`checksum: ${sink}`);
  console.log(JSON.stringify({ bench: { 'plan import': Number((importMs / baselineMs).toFixed(1)) } }));
}

main();
