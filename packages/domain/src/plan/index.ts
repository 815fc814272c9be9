// The plan-document importer: parse a yearly PAR plan's text into its header, targets, areas, duties, appendix
// tasks and report due dates; read timeframes in words; resolve unit names.

export { APPENDIX_COLUMNS, type AppendixColumn } from './columns.js';
export { currentPlanFor } from './current-plan.js';
export { diffTasks, type SnapshotField, type TaskDiff, type TaskMatch, type TaskSnapshot } from './diff.js';
export { type DocumentTask, documentTasks, snapshotOfTask } from './document-tasks.js';
export { PlanParseError, type PlanPart } from './errors.js';
export { type ParsePlanOptions, parsePlanText } from './parse-plan.js';
export { parseTimeframe, type TimeframeParse, type TimeframeProblemCode } from './timeframe.js';
export { TIMEFRAME_KINDS, taskNumberOf } from './timeframe-kinds.js';
export type * from './types.js';
export { createUnitIndex, findUnit, normaliseUnitName, resolveUnitNames, type UnitIndex } from './units.js';
