import { describe, expect, it } from 'vitest';
import { DOSSIER_CHANNEL_LABELS_VI, normaliseChannel } from './channel.js';
import {
  actionAllowedFrom,
  checkMove,
  DOSSIER_STATUS,
  DOSSIER_STATUS_LABELS_EN,
  DOSSIER_STATUS_LABELS_VI,
  DOSSIER_STATUSES,
  type DossierStatus,
  endedWithoutResult,
  hasResult,
  isClockRunning,
  isDossierStatus,
  isFinal,
  isOpen,
  isProcessable,
  nextStatuses,
} from './status.js';

// docs/DOMAIN.md §3, written out by hand rather than read from the code's table.
const ALLOWED: [number, number][] = [
  [1, 2],
  [1, 3],
  [2, 4],
  [2, 5],
  [2, 6],
  [2, 7],
  [2, 8],
  [4, 5],
  [4, 6],
  [4, 7],
  [4, 8],
  [4, 9],
  [5, 4],
  [5, 7],
  [5, 8],
  [6, 4],
  [6, 9],
  [6, 7],
  [9, 10],
];

describe('dossier status moves', () => {
  it.each(ALLOWED)('allows %i → %i', (from, to) => {
    expect(checkMove(from, to)).toEqual({ ok: true });
  });

  it('refuses every other pair of distinct statuses', () => {
    const allowed = new Set(ALLOWED.map(([from, to]) => `${from}>${to}`));
    let refused = 0;
    for (const from of DOSSIER_STATUSES) {
      for (const to of DOSSIER_STATUSES) {
        if (from === to || allowed.has(`${from}>${to}`)) continue;
        expect(checkMove(from, to).ok, `${from} → ${to}`).toBe(false);
        refused++;
      }
    }
    expect(refused).toBe(90 - ALLOWED.length);
  });

  it('names both statuses as values when it refuses', () => {
    expect(checkMove(10, 4)).toEqual({
      ok: false,
      problem: { code: 'move_final_status', values: { from: 10, to: 4 } },
    });
    expect(checkMove(1, 4)).toEqual({ ok: false, problem: { code: 'move_not_allowed', values: { from: 1, to: 4 } } });
    expect(checkMove(5, 9)).toMatchObject({ problem: { code: 'move_not_allowed' } });
    expect(checkMove(7, 4)).toMatchObject({ problem: { code: 'move_final_status' } });
    expect(checkMove(9, 4)).toMatchObject({ problem: { code: 'move_not_allowed' } }); // a result is not reopened
  });

  it('refuses staying put and unknown codes', () => {
    expect(checkMove(4, 4)).toEqual({ ok: false, problem: { code: 'move_same_status', values: { status: 4 } } });
    expect(checkMove(0, 2)).toMatchObject({ ok: false, problem: { code: 'move_unknown_status', values: { code: 0 } } });
    expect(checkMove(4, 11)).toMatchObject({ problem: { code: 'move_unknown_status', values: { code: 11 } } });
    expect(checkMove(2.5, 4)).toMatchObject({ problem: { code: 'move_unknown_status' } });
  });

  it('knows the final statuses and the next ones', () => {
    expect(DOSSIER_STATUSES.filter(isFinal)).toEqual([3, 7, 8, 10]);
    expect(nextStatuses(6)).toEqual([4, 9, 7]);
    expect(isDossierStatus(10)).toBe(true);
    expect(isDossierStatus('4')).toBe(false);
  });

  it('names every status, and sorts them into open, processable, final and with or without a result', () => {
    // docs/DOMAIN.md §3 by hand: 1 waits for acceptance; 2, 4, 5, 6 are in the office's hands (5 with the clock paused);
    // 9 has its result and waits to be handed over; 3, 7, 8, 10 are final; 7 and 8 end without a result.
    expect(Object.values(DOSSIER_STATUS).sort((a, b) => a - b)).toEqual([...DOSSIER_STATUSES]);
    expect(DOSSIER_STATUS.withdrawn).toBe(7);
    expect(DOSSIER_STATUSES.filter(isOpen)).toEqual([1, 2, 4, 5, 6]);
    expect(DOSSIER_STATUSES.filter(isProcessable)).toEqual([2, 4, 5, 6]);
    expect(DOSSIER_STATUSES.filter(isClockRunning)).toEqual([2, 4, 6]);
    expect(DOSSIER_STATUSES.filter(hasResult)).toEqual([9, 10]);
    expect(DOSSIER_STATUSES.filter(endedWithoutResult)).toEqual([7, 8]);
    for (const status of DOSSIER_STATUSES) expect(isOpen(status) && isFinal(status)).toBe(false);
  });

  it('has a Vietnamese and an English label for every status', () => {
    expect(DOSSIER_STATUS_LABELS_VI[6]).toBe('Yêu cầu thực hiện nghĩa vụ tài chính');
    expect(DOSSIER_STATUS_LABELS_EN[7]).toBe('Withdrawn by the applicant');
    for (const status of DOSSIER_STATUSES) {
      expect(DOSSIER_STATUS_LABELS_VI[status]).not.toBe('');
      expect(DOSSIER_STATUS_LABELS_EN[status]).not.toBe('');
    }
  });
});

describe('channels', () => {
  it('reads a missing channel as in person and rejects unknown codes', () => {
    expect(normaliseChannel(undefined)).toBe(1);
    expect(normaliseChannel(null)).toBe(1);
    expect(normaliseChannel('')).toBe(1);
    expect(normaliseChannel('2')).toBe(2);
    expect(normaliseChannel(3)).toBe(3);
    expect(normaliseChannel(4)).toBeNull();
    expect(DOSSIER_CHANNEL_LABELS_VI[3]).toBe('Bưu chính công ích');
  });
});

describe('actions tied to one status', () => {
  it('receives a supplement only after one was requested, and starts processing only from acceptance', () => {
    expect([2, 4, 5, 6].filter((s) => actionAllowedFrom('receive_supplement', s as DossierStatus))).toEqual([5]);
    expect([2, 4, 5, 6].filter((s) => actionAllowedFrom('start', s as DossierStatus))).toEqual([2]);
    expect(actionAllowedFrom('finish', 4)).toBe(true);
  });
});
