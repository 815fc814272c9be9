import { AN_PHU } from './commune-an-phu.js';
import { TAN_HUNG } from './commune-tan-hung.js';
import type { CorpusDocument } from './types.js';
import { AN_BIEN } from './ward-an-bien.js';
import { NGO_QUYEN } from './ward-ngo-quyen.js';
import { CAT_HAI, NO_APPENDIX } from './zone-cat-hai.js';

export * from './types.js';
export { AN_BIEN, AN_PHU, CAT_HAI, NGO_QUYEN, NO_APPENDIX, TAN_HUNG };

/** The documents that import (the seed is tested beside them, from its own file). */
export const CORPUS: readonly CorpusDocument[] = [AN_PHU, AN_BIEN, TAN_HUNG, NGO_QUYEN, CAT_HAI];
