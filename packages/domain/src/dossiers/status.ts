// The national status codes of a one-stop dossier (docs/DOMAIN.md §3) and the moves cchc allows between them.

import { type Problem, type ProblemValues, problem } from '../problem.js';

/** All status codes, in the national numbering used when syncing with the national portal. */
export const DOSSIER_STATUSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** A national dossier status code (TrangThaiHoSo). */
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/**
 * The statuses by name, so code reads `DOSSIER_STATUS.withdrawn` instead of a bare 7. The numbers are the national
 * portal's (docs/DOMAIN.md §3) and are what is stored and exported.
 */
export const DOSSIER_STATUS = {
  /** 1 Mới đăng ký: submitted online, not yet accepted. */
  registered: 1,
  /** 2 Được tiếp nhận: the complete dossier was accepted; the clock runs. */
  accepted: 2,
  /** 3 Không được tiếp nhận: refused at intake, never accepted. */
  refused: 3,
  /** 4 Đang xử lý. */
  processing: 4,
  /** 5 Yêu cầu bổ sung giấy tờ: the clock is paused until the supplement comes back. */
  supplementRequested: 5,
  /** 6 Yêu cầu thực hiện nghĩa vụ tài chính. */
  paymentRequested: 6,
  /** 7 Công dân yêu cầu rút hồ sơ: ended without a result. */
  withdrawn: 7,
  /** 8 Dừng xử lý: ended without a result. */
  stopped: 8,
  /** 9 Đã xử lý xong: the result exists, not yet handed over. */
  processed: 9,
  /** 10 Đã trả kết quả. */
  returned: 10,
} as const satisfies Record<string, DossierStatus>;

/** Vietnamese names of the statuses, as the national portal shows them. */
export const DOSSIER_STATUS_LABELS_VI: Readonly<Record<DossierStatus, string>> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

/** English names of the statuses. */
export const DOSSIER_STATUS_LABELS_EN: Readonly<Record<DossierStatus, string>> = {
  1: 'Newly registered',
  2: 'Accepted',
  3: 'Not accepted',
  4: 'Processing',
  5: 'Supplement requested',
  6: 'Financial obligation requested',
  7: 'Withdrawn by the applicant',
  8: 'Processing stopped',
  9: 'Processed',
  10: 'Result returned',
};

/**
 * The moves cchc allows (docs/DOMAIN.md §3, refined from practice). 1 is an online submission not yet accepted; 5 pauses the
 * clock until the supplement comes back (→ 4); 3, 7, 8 and 10 end the dossier.
 */
export const ALLOWED_STATUS_MOVES: Readonly<Record<DossierStatus, readonly DossierStatus[]>> = {
  1: [2, 3],
  2: [4, 5, 6, 7, 8],
  3: [],
  4: [5, 6, 7, 8, 9],
  5: [4, 7, 8],
  6: [4, 9, 7],
  7: [],
  8: [],
  9: [10],
  10: [],
};

/** Whether a value is one of the national status codes (imported dossiers: codes are checked, moves are not). */
export function isDossierStatus(value: unknown): value is DossierStatus {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10;
}

/** Whether no move leaves a status: 3, 7, 8 and 10. */
export function isFinal(status: DossierStatus): boolean {
  return ALLOWED_STATUS_MOVES[status].length === 0;
}

const S = DOSSIER_STATUS;
const OPEN: ReadonlySet<number> = new Set([
  S.registered,
  S.accepted,
  S.processing,
  S.supplementRequested,
  S.paymentRequested,
]);
const PROCESSABLE: ReadonlySet<number> = new Set([S.accepted, S.processing, S.supplementRequested, S.paymentRequested]);
const CLOCK_RUNNING: ReadonlySet<number> = new Set([S.accepted, S.processing, S.paymentRequested]);

/**
 * Whether processing has not ended yet: registered online and waiting for acceptance (1), or accepted and in the
 * office's hands (2, 4, 5, 6). A processed dossier (9) waiting to be handed over is neither open nor final.
 */
export function isOpen(status: number): boolean {
  return OPEN.has(status);
}

/** Whether an officer works on the dossier: accepted and not yet ended (2, 4, 5, 6). */
export function isProcessable(status: number): boolean {
  return PROCESSABLE.has(status);
}

/** Whether the office's clock runs: processable and not paused for a supplement (2, 4, 6). */
export function isClockRunning(status: number): boolean {
  return CLOCK_RUNNING.has(status);
}

/** The open statuses as a list, for queries (`status IN (…)`): 1, 2, 4, 5, 6. */
export const OPEN_DOSSIER_STATUSES: readonly DossierStatus[] = DOSSIER_STATUSES.filter(isOpen);

/** Whether processing ended with a result (9, 10): the only dossiers 2.2, 4.1 and 4.2 read (docs/DOMAIN.md §4). */
export function hasResult(status: number): boolean {
  return status === S.processed || status === S.returned;
}

/** Whether processing ended without a result: withdrawn (7) or stopped (8), even when an end date is recorded. */
export function endedWithoutResult(status: number): boolean {
  return status === S.withdrawn || status === S.stopped;
}

/** The statuses a dossier may move to from `status`. */
export function nextStatuses(status: DossierStatus): readonly DossierStatus[] {
  return ALLOWED_STATUS_MOVES[status];
}

/** Why a move was refused, as a reason code: the statuses are values, so the server names them in either language. */
export type MoveProblem =
  | Problem<'move_unknown_status'> // values: { code } the status code that is not one
  | Problem<'move_same_status'> // values: { status }
  | Problem<'move_final_status' | 'move_not_allowed'>; // values: { from, to }

/** A refused move: the reason code and the statuses it names. */
export interface RefusedMove {
  ok: false;
  problem: MoveProblem;
}

/** The answer of {@link checkMove}. */
export type MoveCheck = { ok: true } | RefusedMove;

const refused = (code: MoveProblem['code'], values: ProblemValues): RefusedMove => ({
  ok: false,
  problem: problem(code, values),
});

/**
 * Checks a status change made in cchc. A refusal names both statuses as values, so the sentence can say
 * "Không thể chuyển hồ sơ từ «Đã trả kết quả» sang «Đang xử lý»" in the caller's language.
 */
export function checkMove(from: number, to: number): MoveCheck {
  for (const code of [from, to]) {
    if (!isDossierStatus(code)) return refused('move_unknown_status', { code });
  }
  const [source, target] = [from as DossierStatus, to as DossierStatus];
  if (source === target) return refused('move_same_status', { status: source });
  if (ALLOWED_STATUS_MOVES[source].includes(target)) return { ok: true };
  return refused(isFinal(source) ? 'move_final_status' : 'move_not_allowed', { from: source, to: target });
}

/**
 * Actions that lead to a status reachable from several others, but that the law ties to one: "Đã nhận bổ sung"
 * (receive the supplement) answers a "Yêu cầu bổ sung" (5) and nothing else; processing starts from an accepted
 * dossier (2). Other moves are judged by {@link ALLOWED_STATUS_MOVES} alone.
 */
export const ACTION_SOURCES: Readonly<Record<'start' | 'receive_supplement', readonly DossierStatus[]>> = {
  start: [2],
  receive_supplement: [5],
};

/** Whether an action may leave `status`: true for actions without a source of their own. */
export function actionAllowedFrom(action: string, status: DossierStatus): boolean {
  const sources = (ACTION_SOURCES as Record<string, readonly DossierStatus[]>)[action];
  return sources === undefined || sources.includes(status);
}
