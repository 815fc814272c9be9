// The public entry of the tasks module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { amendmentsRepository } from './amendments/repository.js';
export { type CompletionTask, completionTaskOf, loadCompletionTasks } from './completion-inputs.js';
export { taskRuleError } from './messages.js';
export { loadPlanTasks } from './plan-tasks.js';
export { type TaskRow, tasksRepository } from './repository.js';
export { type FlaggedTask, loadTaskScope, loadTaskViews, type TaskScope, type TaskView } from './task-view.js';
export { actorOf, applyTaskChange, changeTask, requireRight, type TaskChange } from './use-cases/task-change.js';
export { resolveTaskFields } from './use-cases/task-fields.js';
