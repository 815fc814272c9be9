import { describe, expect, it } from 'vitest';
import { classifyProcessing, isOnTimeStanding, officeWorkingMinutes, type ProcessingRules } from './processing.js';
import { calendar2026, dossier, history, vn } from './test-support/build.js';

const calendar = calendar2026();
const limit = { days: 5 } as const;
const RULES_766: ProcessingRules = { maxSupplementRequests: 1, apologyMovesDue: false };
// Received Mon 02/03/2026 09:00 with 5 working days: due Mon 09/03 09:00.
const received = { receivedAt: '2026-03-02 09:00' };

describe('classifyProcessing, finished dossiers (dates compared)', () => {
  it('is early, on time or late by the date of status 9', () => {
    const at = (time: string) =>
      classifyProcessing(calendar, dossier({ ...received, history: history([9, time]) }), {
        limit,
        asOf: '2026-03-31',
      });
    expect(at('2026-03-06 16:00')).toMatchObject({ state: 'finished', timing: 'early', dueDate: '2026-03-09' });
    expect(at('2026-03-09 16:30')).toMatchObject({ timing: 'on_time', judgedOn: '2026-03-09' });
    expect(at('2026-03-10 07:30')).toMatchObject({ timing: 'late', reason: 'by_date' });
  });

  it('takes status 9, else 10, else the stop, refusal or withdrawal as the end', () => {
    const endOf = (changes: Parameters<typeof history>) =>
      classifyProcessing(calendar, dossier({ ...received, history: history(...changes) }), {
        limit,
        asOf: '2026-03-31',
      });
    expect(
      endOf([
        [10, '2026-03-12 08:00'],
        [9, '2026-03-09 10:00'],
      ]),
    ).toMatchObject({ end: { status: 9 }, timing: 'on_time' });
    expect(endOf([[10, '2026-03-10 08:00']])).toMatchObject({ end: { status: 10 }, timing: 'late' });
    expect(endOf([[7, '2026-03-04 08:00']])).toMatchObject({ end: { status: 7 }, timing: 'early' });
    expect(endOf([[3, '2026-03-03 08:00']])).toMatchObject({ end: { status: 3 } });
  });

  it('uses the recorded end (NgayKetThucXuLy) when status 9 has no time', () => {
    const recorded = dossier({
      ...received,
      finishedAt: vn('2026-03-09 15:00'),
      history: history([10, '2026-03-11 08:00']),
    });
    expect(classifyProcessing(calendar, recorded, { limit, asOf: '2026-03-31' })).toMatchObject({ timing: 'on_time' });
  });

  it('makes a dossier with two supplement requests late under the 766 rules, not under the plain ones', () => {
    const twice = dossier({
      ...received,
      history: history([9, '2026-03-05 10:00']),
      supplements: [
        { requestedAt: vn('2026-03-03 08:00'), suppliedAt: vn('2026-03-03 10:00') },
        { requestedAt: vn('2026-03-04 08:00'), suppliedAt: vn('2026-03-04 10:00') },
      ],
    });
    expect(classifyProcessing(calendar, twice, { limit, asOf: '2026-03-31', rules: RULES_766 })).toMatchObject({
      timing: 'late',
      reason: 'too_many_supplements',
      supplementRequests: 2,
    });
    expect(classifyProcessing(calendar, twice, { limit, asOf: '2026-03-31' })).toMatchObject({ timing: 'early' });
  });

  it('judges against the original due, not the apology letter’s date, unless the rules say otherwise', () => {
    const apology = { issuedAt: vn('2026-03-05 09:00'), newDueAt: vn('2026-03-13 09:00'), reason: 'Chờ xác minh' };
    const late = dossier({ ...received, apology, history: history([9, '2026-03-12 09:00']) });
    expect(classifyProcessing(calendar, late, { limit, asOf: '2026-03-31' })).toMatchObject({ timing: 'late' });
    const moved = { maxSupplementRequests: 1, apologyMovesDue: true };
    expect(classifyProcessing(calendar, late, { limit, asOf: '2026-03-31', rules: moved })).toMatchObject({
      timing: 'early',
      dueDate: '2026-03-13',
    });
  });

  it('is late when there is no due at all, and says why', () => {
    const noLimit = classifyProcessing(calendar, dossier({ ...received, history: history([9, '2026-03-03 09:00']) }), {
      limit: null,
      asOf: '2026-03-31',
    });
    expect(noLimit).toMatchObject({ timing: 'late', reason: 'no_due_date', dueDate: null });
  });
});

describe('classifyProcessing, open dossiers at the end of a day', () => {
  const open = dossier({ ...received, history: history([2, '2026-03-02 09:00'], [9, '2026-03-12 09:00']) });

  it('does not know of events after the day asked about', () => {
    expect(classifyProcessing(calendar, open, { limit, asOf: '2026-03-09' })).toMatchObject({
      state: 'open',
      timing: 'within',
      judgedOn: '2026-03-09',
    });
    expect(classifyProcessing(calendar, open, { limit, asOf: '2026-03-10' })).toMatchObject({ timing: 'overdue' });
    expect(classifyProcessing(calendar, open, { limit, asOf: '2026-03-01' })).toEqual({ state: 'not_accepted' });
  });

  it('cuts the day at midnight in Hà Nội', () => {
    const at = (time: string) => dossier({ ...received, history: history([9, time]) });
    const asOf = { limit, asOf: '2026-03-09' };
    expect(classifyProcessing(calendar, at('2026-03-09 23:59'), asOf)).toMatchObject({ state: 'finished' });
    expect(classifyProcessing(calendar, at('2026-03-10 00:00'), asOf)).toMatchObject({ state: 'open' });
  });

  it('judges a dossier waiting for a supplement at the request’s date: the clock is stopped', () => {
    const waiting = dossier({
      ...received,
      supplements: [{ requestedAt: vn('2026-03-06 10:00'), suppliedAt: vn('2026-04-02 09:00') }],
    });
    const standing = classifyProcessing(calendar, waiting, { limit, asOf: '2026-03-31', rules: RULES_766 });
    expect(standing).toMatchObject({
      timing: 'within',
      judgedOn: '2026-03-06',
      dueDate: '2026-03-09',
      waitingForSupplement: true,
    });
    expect(isOnTimeStanding(standing)).toBe(true);
  });

  it('does not take a refusal at intake as accepted', () => {
    const refused = dossier({ history: history([1, '2026-03-02 09:00'], [3, '2026-03-02 10:00']) });
    expect(classifyProcessing(calendar, refused, { limit, asOf: '2026-03-31' })).toEqual({ state: 'not_accepted' });
  });
});

describe('officeWorkingMinutes', () => {
  it('counts receipt to end less the applicant’s time, overlapping requests once', () => {
    const paused = dossier({
      ...received,
      supplements: [
        { requestedAt: vn('2026-03-03 07:00'), suppliedAt: vn('2026-03-03 17:00') },
        { requestedAt: vn('2026-03-03 13:30'), suppliedAt: vn('2026-03-04 07:00') },
      ],
    });
    // Mon 09:00 → Wed 09:00 is 16 working hours; Tuesday's 8 are the applicant's.
    expect(officeWorkingMinutes(calendar, paused, vn('2026-03-04 09:00'))).toBe(8 * 60);
  });
});
