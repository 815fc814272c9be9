// Test helpers: wall-clock times in Vietnam, the 2026 calendar, and a dossier builder whose defaults are "nothing
// happened yet", so each test states only what matters to it.
import { createWorkingCalendar, OFFICIAL_CALENDAR_2026, type WorkingCalendar } from '../../calendar/index.js';
import type { DossierStatus } from '../status.js';
import type { DossierRecord, ProcedureRecord, StatusChange } from '../types.js';

/** The instant of a Vietnam local time written `YYYY-MM-DD HH:MM`. */
export function vn(local: string): Date {
  const instant = new Date(`${local.replace(' ', 'T')}:00+07:00`);
  if (Number.isNaN(instant.getTime())) throw new Error(`Bad local time in a test: ${local}`);
  return instant;
}

/** The verified 2026 calendar with default office hours (07:00–11:30, 13:30–17:00). */
export function calendar2026(): WorkingCalendar {
  return createWorkingCalendar({ years: [OFFICIAL_CALENDAR_2026] });
}

/** Status history from `[status, 'YYYY-MM-DD HH:MM']` pairs. */
export function history(...changes: [DossierStatus, string][]): StatusChange[] {
  return changes.map(([status, at]) => ({ status, at: vn(at) }));
}

/** A dossier with the given fields; the rest empty. `receivedAt`/`dueAt` accept wall-clock text. */
export function dossier(
  fields: Partial<Omit<DossierRecord, 'receivedAt' | 'dueAt'>> & { receivedAt?: string | null; dueAt?: string | null },
): DossierRecord {
  const { receivedAt = null, dueAt = null, ...rest } = fields;
  return {
    code: 'H15.50.05.13-260302-0001',
    procedureCode: 'P1',
    unitId: 'ward',
    history: [],
    ...rest,
    receivedAt: receivedAt === null ? null : vn(receivedAt),
    dueAt: dueAt === null ? null : vn(dueAt),
  };
}

/** A procedure with a 5-day limit, no fee, fully online, returning a paper result. */
export function procedure(fields: Partial<ProcedureRecord> & { code: string }): ProcedureRecord {
  return {
    name: `Thủ tục ${fields.code}`,
    field: 'Hộ tịch',
    limit: { days: 5 },
    fee: null,
    onlineLevel: 'full',
    returnsPaperResult: true,
    ...fields,
  };
}
