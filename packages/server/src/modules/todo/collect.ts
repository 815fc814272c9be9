import { vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import type { AuthContext } from '../../http/policy.js';
import { arrangeTodo, type TodoItem } from './items.js';
import type { TodoContext } from './sources/context.js';
import { dossierTodo, feedbackTodo } from './sources/one-stop.js';
import { reportTodo } from './sources/reports.js';
import { taskTodo } from './sources/tasks.js';

/** Where to-do items come from; a module with work to hand out adds its source here. */
const SOURCES: readonly ((ctx: TodoContext) => Promise<TodoItem[]>)[] = [
  taskTodo,
  reportTodo,
  dossierTodo,
  feedbackTodo,
];

/**
 * What this person must do now, computed from the records on the app's clock (never stored, so an item is gone
 * the moment the thing it asks for is done): most urgent first, identical items folded with a count.
 */
export async function collectTodo(db: Db, auth: AuthContext, now: Date, lang: 'vi' | 'en'): Promise<TodoItem[]> {
  const ctx: TodoContext = { db, auth, now, today: vietnamDateOf(now), lang };
  const lists = await Promise.all(SOURCES.map((source) => source(ctx)));
  return arrangeTodo(lists.flat());
}
