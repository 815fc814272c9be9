// Due-date computations per second, against a baseline measured in the same run on the same inputs: naive
// calendar-day addition with Date, which is what a system without a working calendar would do.
// Run: node --import tsx packages/domain/bench/calendar.bench.ts
import {
  type ClockPause,
  computeDueMoment,
  createWorkingCalendar,
  OFFICIAL_CALENDAR_2026,
  type WorkingCalendar,
} from '../src/calendar/index.js';

const INPUTS = 10_000;
const MIN_MS = 400;

interface Input {
  receivedAt: Date;
  days: number;
  pauses: ClockPause[];
}

/** Deterministic inputs (a small LCG, so runs compare): receipts over 2025–2027, limits of 1–30 working days. */
function makeInputs(count: number): Input[] {
  let seed = 20_260_217;
  const next = () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed / 2 ** 32;
  };
  const start = Date.parse('2025-01-01T00:00:00+07:00');
  const span = 3 * 365 * 86_400_000;
  return Array.from({ length: count }, () => {
    const receivedAt = new Date(start + Math.floor(next() * span));
    const from = new Date(receivedAt.getTime() + Math.floor(next() * 5 * 86_400_000));
    const to = new Date(from.getTime() + Math.floor(next() * 10 * 86_400_000));
    return { receivedAt, days: 1 + Math.floor(next() * 30), pauses: [{ from, to }] };
  });
}

/** Runs `compute` over all inputs until MIN_MS has passed; returns computations per second. */
function measure(inputs: readonly Input[], compute: (input: Input) => number): number {
  let sink = 0;
  let runs = 0;
  const begin = performance.now();
  let elapsed = 0;
  do {
    for (const input of inputs) sink += compute(input);
    runs += inputs.length;
    elapsed = performance.now() - begin;
  } while (elapsed < MIN_MS);
  // Using the sum keeps the engine from dropping the work as dead code.
  if (Number.isNaN(sink)) throw new Error('a computation returned NaN');
  return (runs / elapsed) * 1000;
}

function dueTime(calendar: WorkingCalendar, input: Input, withPauses: boolean): number {
  const pauses = withPauses ? input.pauses : [];
  return (
    computeDueMoment(calendar, { receivedAt: input.receivedAt, limit: { days: input.days }, pauses }).due?.getTime() ??
    0
  );
}

function format(perSecond: number): string {
  return Math.round(perSecond).toLocaleString('en-US');
}

function main(): void {
  const inputs = makeInputs(INPUTS);
  const calendar = createWorkingCalendar({ years: [OFFICIAL_CALENDAR_2026] });
  const coldStart = performance.now();
  dueTime(createWorkingCalendar({ years: [OFFICIAL_CALENDAR_2026] }), inputs[0] as Input, false);
  const coldMs = performance.now() - coldStart;
  // Warm-up so the first measured case does not pay for JIT compilation and the lazily built year tables.
  measure(inputs.slice(0, 1000), (input) => dueTime(calendar, input, true));

  const baseline = measure(inputs, (input) => new Date(input.receivedAt.getTime() + input.days * 86_400_000).getTime());
  const cases: [string, (input: Input) => number][] = [
    ['computeDueMoment, days limit', (input) => dueTime(calendar, input, false)],
    ['computeDueMoment, days limit + 1 pause', (input) => dueTime(calendar, input, true)],
    ['addWorkingDays', (input) => calendar.addWorkingDays(input.receivedAt, input.days).getTime()],
  ];
  console.log(`calendar bench: ${INPUTS} inputs (receipts 2025-2027, 1-30 working days), node ${process.version}`);
  console.log(`baseline naive Date calendar-day addition: ${format(baseline)} ops/s`);
  const figures: Record<string, number> = {};
  for (const [name, compute] of cases) {
    const perSecond = measure(inputs, compute);
    figures[name] = Number((perSecond / baseline).toFixed(4));
    console.log(`${name}: ${format(perSecond)} ops/s, ratio to baseline ${(perSecond / baseline).toFixed(4)}`);
  }
  console.log(`cold start (new calendar, first due, builds its year tables): ${coldMs.toFixed(2)} ms`);
  figures['cold start ms'] = Number(coldMs.toFixed(2));
  console.log(JSON.stringify({ bench: figures })); // scripts/bench.ts merges these lines
}

main();
