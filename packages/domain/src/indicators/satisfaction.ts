// Group 5, satisfaction: 5.2 and 5.3 come from the feedback module; 5.4 is computed from the dossiers of 2.1.
import { isOnTimeStanding } from '../dossiers/index.js';
import type { DossierFacts } from './facts.js';
import type { Count, FeedbackFigures } from './types.js';

/** 5.4's parts: the dossiers of 2.1, those late and those with feedback or a dislike. */
export interface SatisfactionParts {
  count: Count;
  counted: readonly DossierFacts[];
  late: DossierFacts[];
  complained: DossierFacts[];
}

/**
 * 5.4 = 100% − (late-dossier rate + rate of dossiers with feedback or a dislike), over the dossiers 2.1 counts.
 * Taken as written, a late dossier that also drew feedback is subtracted twice: both are failures the index
 * counts. The share stops at 0, and the numerator is the count that gives that share.
 */
export function dossierSatisfaction(
  counted: readonly DossierFacts[],
  feedback: FeedbackFigures | null,
): SatisfactionParts {
  const named = new Set(feedback?.dossierCodesWithFeedback ?? []);
  const late: DossierFacts[] = [];
  const complained: DossierFacts[] = [];
  for (const fact of counted) {
    if (fact.standing !== null && !isOnTimeStanding(fact.standing)) late.push(fact);
    if (fact.dossier.disliked === true || named.has(fact.dossier.code)) complained.push(fact);
  }
  const numerator = Math.max(0, counted.length - late.length - complained.length);
  return { count: { numerator, denominator: counted.length }, counted, late, complained };
}
