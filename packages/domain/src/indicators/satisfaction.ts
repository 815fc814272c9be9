// Group 5, satisfaction: 5.2 and 5.3 come from the feedback module; 5.4 is computed from the dossiers of 2.1.
import { isOnTimeStanding } from '../dossiers/index.js';
import type { DossierFacts } from './facts.js';
import type { Count, FeedbackFigures } from './types.js';

/**
 * 5.4 = 100% − (late-dossier rate + rate of dossiers with feedback or a dislike), over the dossiers 2.1 counts.
 * Taken as written, a late dossier that also drew feedback is subtracted twice: both are failures the index
 * counts. The share stops at 0, and the numerator is the count that gives that share.
 */
export function dossierSatisfaction(counted: readonly DossierFacts[], feedback: FeedbackFigures | null): Count {
  const named = new Set(feedback?.dossierCodesWithFeedback ?? []);
  let late = 0;
  let complained = 0;
  for (const fact of counted) {
    if (fact.standing !== null && !isOnTimeStanding(fact.standing)) late++;
    if (fact.dossier.disliked === true || named.has(fact.dossier.code)) complained++;
  }
  return { numerator: Math.max(0, counted.length - late - complained), denominator: counted.length };
}
