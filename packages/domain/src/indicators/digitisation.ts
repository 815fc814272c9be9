// Group 4, digitisation: 4.1 electronic results, 4.2 files attached to components and result. Both count the
// dossiers processed with a result in the period: only those can have a result file.
import type { DossierRecord } from '../dossiers/index.js';
import type { DossierFacts } from './facts.js';
import type { Tally } from './types.js';

const hasResultFile = (dossier: DossierRecord) => Boolean(dossier.result?.fileUrl);

/** 4.1: dossiers with an electronic result file ÷ dossiers of procedures that return a paper result. */
export function electronicResults(processed: readonly DossierFacts[]): Tally<DossierFacts> {
  const paper = processed.filter((fact) => fact.procedure?.returnsPaperResult === true);
  return { numerator: paper.filter((fact) => hasResultFile(fact.dossier)), denominator: paper };
}

/** Every component has its file (a dossier without components has nothing digitised) and so has the result. */
function fullyDigitised(dossier: DossierRecord): boolean {
  const components = dossier.components ?? [];
  return components.length > 0 && components.every((component) => component.hasFile) && hasResultFile(dossier);
}

/** 4.2.1: dossiers with files attached to their components AND to their result ÷ all of them. */
export function digitisedDossiers(processed: readonly DossierFacts[]): Tally<DossierFacts> {
  return { numerator: processed.filter((fact) => fullyDigitised(fact.dossier)), denominator: processed };
}
