import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { type IsoDate, vietnamDateOf, vietnamDayEnd } from '../clock.js';
import { type FeedbackTimeline, judgeFeedbackTiming } from './timing.js';
import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CHANNELS,
  type FeedbackCategory,
  type FeedbackChannel,
  type FeedbackDeadlineSettings,
} from './types.js';

/** One feedback as the indicators see it: plain data read from storage. */
export interface FeedbackIndicatorRecord {
  id: string;
  /** The unit handling it now; null while not routed. */
  unitId: string | null;
  category: FeedbackCategory;
  channel: FeedbackChannel;
  /** The dossier a `dossier` feedback is about, for the feedback part of indicator 5.4. */
  dossierCode: string | null;
  timeline: FeedbackTimeline;
  /** Handled by the ward: not rejected as out of scope or as a complaint, not sent to another agency. */
  inCompetence: boolean;
  likes: number;
  dislikes: number;
  /** When a later feedback about the same matter was linked to this one after its answer; null if none. */
  repeatedAt: Date | null;
}

/**
 * A reporting period of whole days in Vietnam's calendar, both ends included: the same shape as the indicators'
 * `Period` (Decision 766 uses calendar months, quarters and years).
 */
export interface FeedbackPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** A share with its parts: `rate` is a percentage, null when nothing was counted (shown N/A, not 0 points). */
export interface FeedbackShare {
  numerator: number;
  denominator: number;
  rate: number | null;
}

/** Decision 766 group 5 for feedback, for one unit or the whole ward. */
export interface FeedbackIndicatorValues {
  /** First received in the period. */
  received: number;
  /** 5.1: received by category (no points). */
  byCategory: Record<FeedbackCategory, number>;
  byChannel: Record<FeedbackChannel, number>;
  inCompetence: number;
  /** Received in the period and published (by now). */
  published: number;
  /** 5.2: handled on time ÷ handled (received in the period, or carried over open). */
  onTime: FeedbackShare;
  late: number;
  /** 5.3: received in the period without more dislikes than likes, a repeat or lateness ÷ received. */
  satisfaction: FeedbackShare;
  /** Dossier codes named by feedback received in the period: the feedback part of 5.4. */
  dossierCodesWithFeedback: string[];
}

/** The figures for the ward and for each unit (key `null`: not yet routed). */
export interface FeedbackIndicators {
  total: FeedbackIndicatorValues;
  byUnit: Map<string | null, FeedbackIndicatorValues>;
}

/** A percentage with 2 decimals, or null on a zero denominator. */
export function shareOf(numerator: number, denominator: number): FeedbackShare {
  const rate = denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 100;
  return { numerator, denominator, rate };
}

/** The last instant of a Vietnamese calendar day: open items are judged there at the period's end. */
function endOfDay(date: IsoDate): Date {
  return new Date(vietnamDayEnd(date).getTime() - 1);
}

/** Finished before a day began: closed at intake, or its answer published. */
function finishedBefore(t: FeedbackTimeline, date: IsoDate): boolean {
  const end = t.closedAtIntakeAt ?? t.publishedAt;
  return end !== null && vietnamDateOf(end) < date;
}

interface Judged {
  record: FeedbackIndicatorRecord;
  received: boolean;
  onTime: boolean;
}

function judge(
  calendar: WorkingCalendar,
  settings: FeedbackDeadlineSettings,
  r: FeedbackIndicatorRecord,
  p: FeedbackPeriod,
): Judged | null {
  const submitted = vietnamDateOf(r.timeline.submittedAt);
  if (submitted > p.to) return null;
  const received = submitted >= p.from;
  if (!received && finishedBefore(r.timeline, p.from)) return null;
  const onTime = judgeFeedbackTiming(calendar, r.timeline, settings, endOfDay(p.to)).onTime;
  return { record: r, received, onTime };
}

function dissatisfied(j: Judged): boolean {
  const r = j.record;
  return r.dislikes > r.likes || r.repeatedAt !== null || !j.onTime;
}

function values(judged: readonly Judged[]): FeedbackIndicatorValues {
  const received = judged.filter((j) => j.received);
  const count = <K extends string>(keys: readonly K[], of: (r: FeedbackIndicatorRecord) => K) =>
    Object.fromEntries(keys.map((k) => [k, received.filter((j) => of(j.record) === k).length])) as Record<K, number>;
  const onTime = judged.filter((j) => j.onTime).length;
  const satisfied = received.filter((j) => !dissatisfied(j)).length;
  const codes = received.flatMap((j) => (j.record.dossierCode ? [j.record.dossierCode] : []));
  return {
    received: received.length,
    byCategory: count(FEEDBACK_CATEGORIES, (r) => r.category),
    byChannel: count(FEEDBACK_CHANNELS, (r) => r.channel),
    inCompetence: received.filter((j) => j.record.inCompetence).length,
    published: received.filter((j) => j.record.timeline.publishedAt !== null).length,
    onTime: shareOf(onTime, judged.length),
    late: judged.length - onTime,
    satisfaction: shareOf(satisfied, received.length),
    dossierCodesWithFeedback: [...new Set(codes)].sort(),
  };
}

/**
 * Decision 766 indicators 5.1–5.3 and the feedback part of 5.4 (docs/DOMAIN.md §4) for a period, for the ward and
 * per unit. 5.2 counts feedback received in the period and feedback still open when it began, judged at its
 * end; 5.3 counts feedback first received in the period, less those with more dislikes than likes, repeated
 * about the same result, or late.
 */
export function computeFeedbackIndicators(input: {
  records: readonly FeedbackIndicatorRecord[];
  period: FeedbackPeriod;
  calendar: WorkingCalendar;
  settings: FeedbackDeadlineSettings;
}): FeedbackIndicators {
  const judged = input.records.flatMap((r) => judge(input.calendar, input.settings, r, input.period) ?? []);
  const units = new Map<string | null, Judged[]>();
  for (const j of judged) units.set(j.record.unitId, [...(units.get(j.record.unitId) ?? []), j]);
  return {
    total: values(judged),
    byUnit: new Map([...units].map(([unit, items]) => [unit, values(items)])),
  };
}
