import { describe, expect, it } from 'vitest';
import { parseWithDefaultUnits, SEED_TEXT } from '../plan/test-support/seed.js';
import { amendPlanParse } from './amend-parse.js';

const parsed = parseWithDefaultUnits(SEED_TEXT);

describe('single-task amendments written into the parse', () => {
  it('drops an appendix task by its number and keeps everything else', () => {
    const amended = amendPlanParse(parsed, { no: 20 }, null);
    expect(amended.tasks.map((t) => t.no)).not.toContain(20);
    expect(amended.tasks).toHaveLength(parsed.tasks.length - 1);
    expect(amended.targets).toBe(parsed.targets);
    expect(parsed.tasks.map((t) => t.no)).toContain(20);
  });

  it('changes a task in place, keeping its number and group', () => {
    const task20 = parsed.tasks.find((t) => t.no === 20);
    const timeframe = { text: 'Quý II/2026', kind: 'quarter' as const, start: '2026-04-01', due: '2026-06-30' };
    const amended = amendPlanParse(parsed, { no: 20 }, { ...(task20 as NonNullable<typeof task20>), timeframe });
    const changed = amended.tasks.find((t) => t.no === 20);
    expect(changed).toMatchObject({ no: 20, group: task20?.group, timeframe });
  });

  it('finds a prose task by where it is written and its text', () => {
    const extra = parsed.extraTasks[0];
    if (!extra) throw new Error('the seed has a task in its prose');
    const amended = amendPlanParse(parsed, { sourceRef: extra.source, content: extra.content }, null);
    expect(amended.extraTasks).toHaveLength(parsed.extraTasks.length - 1);
    expect(amendPlanParse(parsed, { no: 999 }, null)).toEqual(parsed);
  });
});
