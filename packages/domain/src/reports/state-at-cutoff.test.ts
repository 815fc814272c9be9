import { describe, expect, it } from 'vitest';
import { taskAtCutoff } from './state-at-cutoff.js';

// Q1 2026 closes at the end of 08/03/2026 in Vietnam: the cut-off is 08/03 17:00 UTC.
const CUTOFF = new Date('2026-03-08T17:00:00Z');
const at = (local: string) => new Date(`${local}:00+07:00`);
const none = { addedAt: null, removedAt: null, statusChanges: [], timeframeChanges: [] };

describe('a task at the window end, from its history', () => {
  it('counts a task of the adopted plan, not started when nothing was recorded', () => {
    expect(taskAtCutoff(none, CUTOFF)).toEqual({ inForce: true, status: 'not_started', timeframe: null });
  });

  it('leaves out a task added after the cut-off, keeps one dropped after it', () => {
    expect(taskAtCutoff({ ...none, addedAt: at('2026-03-09 08:00') }, CUTOFF).inForce).toBe(false);
    expect(taskAtCutoff({ ...none, addedAt: at('2026-03-08 23:59') }, CUTOFF).inForce).toBe(true);
    expect(taskAtCutoff({ ...none, removedAt: at('2026-04-01 08:00') }, CUTOFF).inForce).toBe(true);
    expect(taskAtCutoff({ ...none, removedAt: at('2026-02-01 08:00') }, CUTOFF).inForce).toBe(false);
  });

  it('takes the last status reached before the cut-off', () => {
    const statusChanges = [
      { at: at('2026-03-20 09:00'), status: 'completed' as const },
      { at: at('2026-02-02 09:00'), status: 'in_progress' as const },
    ];
    expect(taskAtCutoff({ ...none, statusChanges }, CUTOFF).status).toBe('in_progress');
    expect(taskAtCutoff({ ...none, statusChanges }, new Date('2026-06-08T17:00:00Z')).status).toBe('completed');
  });

  it('keeps the timeframe a later amendment moved', () => {
    const q1 = { kind: 'quarter', dueDate: '2026-03-31', text: 'Quý I/2026' };
    const q2 = { kind: 'quarter', dueDate: '2026-06-30', text: 'Quý II/2026' };
    const timeframeChanges = [
      { at: at('2026-05-02 10:00'), before: q2 },
      { at: at('2026-03-15 10:00'), before: q1 },
    ];
    expect(taskAtCutoff({ ...none, timeframeChanges }, CUTOFF).timeframe).toEqual(q1);
    expect(taskAtCutoff({ ...none, timeframeChanges }, new Date('2026-12-08T17:00:00Z')).timeframe).toBeNull();
  });
});
