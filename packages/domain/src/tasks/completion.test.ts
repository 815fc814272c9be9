import { describe, expect, it } from 'vitest';
import {
  type CompletionTaskInput,
  completionByGroup,
  completionDueDate,
  completionFigures,
  percent,
} from './completion.js';

const t = (dueDate: string | null, status: CompletionTaskInput['status'] = 'in_progress'): CompletionTaskInput => ({
  kind: 'quarter',
  dueDate,
  status,
});

describe('completion figures', () => {
  it('counts tasks whose due date has passed, and settled ones, in "due so far"', () => {
    const figures = completionFigures(
      [t('2026-01-14'), t('2026-03-31'), t('2026-12-31'), t(null), t('2026-02-28', 'completed_late')],
      '2026-03-20',
    );
    expect(figures).toMatchObject({ total: 5, dueSoFar: 2, completedOnTime: 0, completedLate: 1, overdue: 1 });
    expect(figures.onTimeRate).toBe(0);
  });

  it('changes by exactly one task when a task due later is accepted on time', () => {
    const before = [t('2026-01-14'), t('2026-03-31'), t('2026-12-31')];
    const after = [before[0]!, t('2026-03-31', 'completed'), before[2]!];
    const a = completionFigures(before, '2026-03-20');
    const b = completionFigures(after, '2026-03-20');
    expect([a.completedOnTime, a.dueSoFar]).toEqual([0, 1]);
    expect([b.completedOnTime, b.dueSoFar]).toEqual([1, 2]);
    expect(b.onTimeRate).toBe(50);
  });

  it('projects the year end: open tasks not yet due may still finish on time, overdue ones may not', () => {
    const figures = completionFigures(
      [t('2026-01-14'), t('2026-03-31'), t('2026-12-31', 'completed'), t(null), t('2026-06-30', 'not_done')],
      '2026-03-20',
    );
    expect(figures.yearEnd).toEqual({ total: 4, maxOnTime: 2, maxRate: 50 });
  });

  it('answers N/A rather than 0 % while nothing is due', () => {
    expect(completionFigures([t('2026-12-31')], '2026-03-20').onTimeRate).toBeNull();
    expect(completionFigures([], '2026-03-20').completionRate).toBeNull();
  });

  it('judges recurring tasks at the end of the plan year', () => {
    expect(completionDueDate('recurring', null, 2026)).toBe('2026-12-31');
    expect(completionDueDate('event', null, 2026)).toBeNull();
    expect(completionDueDate('month', '2026-11-30', 2026)).toBe('2026-11-30');
  });

  it('groups by area or unit, a task counting in every group it names', () => {
    const tasks = [
      { ...t('2026-01-14'), groups: ['II.1', 'VHXH'] },
      { ...t('2026-01-31', 'completed'), groups: ['II.1'] },
    ];
    const by = completionByGroup(tasks, (x) => x.groups, '2026-03-20');
    expect(by.get('II.1')?.onTimeRate).toBe(50);
    expect(by.get('VHXH')?.dueSoFar).toBe(1);
  });

  it('rounds shares to 2 decimals', () => {
    expect(percent(1, 3)).toBe(33.33);
    expect(percent(2, 3)).toBe(66.67);
  });
});
