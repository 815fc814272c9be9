import { describe, expect, it } from 'vitest';
import { vietnamDateOf } from '../clock.js';
import { computeDossierDue, validateApology } from './due.js';
import { calendar2026, dossier, vn } from './test-support/build.js';

const calendar = calendar2026();
const threeDays = { days: 3 } as const;

// Tết 2026: days off Sat 14/02 – Sun 22/02. Received Thu 12/02 10:00 with 3 working days: Fri 13/02 is day 1,
// Mon 23/02 day 2, Tue 24/02 day 3 → due Tue 24/02 10:00. A supplement asked Fri 13/02 09:00 and received
// Mon 23/02 09:00 takes Fri 09:00–17:00 (6 h) + Mon 07:00–09:00 (2 h) = one working day of the applicant's time.
const tetSupplement = { requestedAt: vn('2026-02-13 09:00'), suppliedAt: vn('2026-02-23 09:00') };

describe('computeDossierDue across Tết 2026', () => {
  it('adds the procedure limit on working days, skipping the nine days of the break', () => {
    const result = computeDossierDue(calendar, dossier({ receivedAt: '2026-02-12 10:00' }), { limit: threeDays });
    expect(result?.due).toEqual(vn('2026-02-24 10:00'));
  });

  it('pushes the due by the applicant’s supplement time, one working day here, not ten calendar days', () => {
    const paused = dossier({ receivedAt: '2026-02-12 10:00', supplements: [tetSupplement] });
    const result = computeDossierDue(calendar, paused, { limit: threeDays });
    expect(result?.pausedMinutes).toBe(480);
    expect(result?.due).toEqual(vn('2026-02-25 10:00'));
  });

  it('pushes a recorded appointment (NgayHenTra) the same way and ignores the procedure limit then', () => {
    const recorded = dossier({
      receivedAt: '2026-02-12 10:00',
      dueAt: '2026-02-24 10:00',
      supplements: [tetSupplement],
    });
    const result = computeDossierDue(calendar, recorded, { limit: { days: 20 } });
    expect(result?.baseDue).toEqual(vn('2026-02-24 10:00'));
    expect(result?.due).toEqual(vn('2026-02-25 10:00'));
  });

  it('keeps a recorded appointment at 17:00 on its own date when nothing moved it', () => {
    const recorded = dossier({ receivedAt: '2026-03-02 09:00', dueAt: '2026-03-06 17:00' });
    expect(computeDossierDue(calendar, recorded, { limit: null })?.due).toEqual(vn('2026-03-06 17:00'));
  });

  it('has no due while the supplement is not back at the end of the day asked about', () => {
    const paused = dossier({ receivedAt: '2026-02-12 10:00', supplements: [tetSupplement] });
    const result = computeDossierDue(calendar, paused, { limit: threeDays, asOf: '2026-02-20' });
    expect(result?.due).toBeNull();
    expect(result?.remainingMinutesAtPause).toBe(3 * 480 - 420); // 7 h spent (Thu 10:00 → Fri 09:00), 17 h left
  });

  it('takes the apology letter’s date when asked, and only once it was issued', () => {
    const apology = { issuedAt: vn('2026-02-23 08:00'), newDueAt: vn('2026-02-27 16:00'), reason: 'Chờ xác minh' };
    const late = dossier({ receivedAt: '2026-02-12 10:00', apology });
    expect(computeDossierDue(calendar, late, { limit: threeDays })?.due).toEqual(vn('2026-02-27 16:00'));
    expect(computeDossierDue(calendar, late, { limit: threeDays, asOf: '2026-02-20' })?.due).toEqual(
      vn('2026-02-24 10:00'),
    );
    expect(computeDossierDue(calendar, late, { limit: threeDays, useApology: false })?.due).toEqual(
      vn('2026-02-24 10:00'),
    );
  });

  it('is null for a dossier not accepted or without any limit', () => {
    expect(computeDossierDue(calendar, dossier({}), { limit: threeDays })).toBeNull();
    expect(computeDossierDue(calendar, dossier({ receivedAt: '2026-03-02 09:00' }), { limit: null })).toBeNull();
  });
});

describe('validateApology (Decree 61: once, at least one working day before the due date)', () => {
  const dueAt = vn('2026-03-09 10:00'); // Monday
  const newDue = vn('2026-03-13 16:00');

  it('accepts a letter on the last working day before the due date, on time', () => {
    expect(validateApology(calendar, { dueAt, now: vn('2026-03-06 16:00'), newDue, previousApologies: 0 })).toEqual({
      ok: true,
      late: false,
    });
  });

  it('never blocks a late letter (on the due date, the weekend before, an overdue dossier): issued, marked late', () => {
    for (const now of [vn('2026-03-09 07:30'), vn('2026-03-07 09:00'), vn('2026-03-11 09:00')]) {
      expect(validateApology(calendar, { dueAt, now, newDue, previousApologies: 0 })).toEqual({ ok: true, late: true });
    }
  });

  it('wants a new date after today for an overdue dossier', () => {
    const check = validateApology(calendar, { dueAt, now: vn('2026-03-13 09:00'), newDue, previousApologies: 0 });
    expect(check).toEqual({
      ok: false,
      problems: [{ code: 'apology_not_after_today', values: { today: '2026-03-13' } }],
    });
  });

  it('counts back over Tết: for a due on Tue 24/02 the last day is Mon 23/02, and Fri 13/02 is fine', () => {
    const tetDue = vn('2026-02-24 10:00');
    const after = vn('2026-02-26 10:00');
    expect(
      validateApology(calendar, { dueAt: tetDue, now: vn('2026-02-13 15:00'), newDue: after, previousApologies: 0 }).ok,
    ).toBe(true);
    expect(
      validateApology(calendar, { dueAt: tetDue, now: vn('2026-02-23 15:00'), newDue: after, previousApologies: 0 }).ok,
    ).toBe(true);
    expect(
      validateApology(calendar, { dueAt: tetDue, now: vn('2026-02-24 08:00'), newDue: after, previousApologies: 0 }),
    ).toEqual({ ok: true, late: true });
  });

  it('sets the new date only once', () => {
    const check = validateApology(calendar, { dueAt, now: vn('2026-03-04 09:00'), newDue, previousApologies: 1 });
    expect(check).toMatchObject({ ok: false, problems: [{ code: 'apology_already_issued' }] });
  });

  it('wants a later date that is a working day', () => {
    const now = vn('2026-03-04 09:00');
    const sameDay = validateApology(calendar, { dueAt, now, newDue: vn('2026-03-09 16:00'), previousApologies: 0 });
    expect(sameDay).toMatchObject({
      ok: false,
      problems: [{ code: 'apology_not_later', values: { due: '2026-03-09' } }],
    });
    const sunday = validateApology(calendar, { dueAt, now, newDue: vn('2026-03-15 09:00'), previousApologies: 0 });
    expect(sunday).toMatchObject({ ok: false, problems: [{ code: 'apology_not_working_day' }] });
    expect(vietnamDateOf(newDue)).toBe('2026-03-13');
  });
});
