// What a domain rule refuses, as data: a reason code and the values a sentence needs. The server renders the
// sentence in Vietnamese and English from one table, and sends the code beside it, so no caller reads a sentence.

/** Values a problem's sentence fills in: dates as ISO days (the renderer formats them), numbers, names. */
export type ProblemValues = Record<string, string | number>;

/** A refusal of a domain rule: `{ code: 'apology_not_later', values: { due: '2026-03-16' } }`. */
export interface Problem<C extends string = string> {
  code: C;
  values: ProblemValues;
}

/** A problem with its values; `values` defaults to none. */
export const problem = <C extends string>(code: C, values: ProblemValues = {}): Problem<C> => ({ code, values });
