import type { IsoDate } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { RequestContext } from '../../../http/request-context.js';

/** What every source of the to-do list reads: the person, the app's day and the language of the titles. */
export interface TodoContext extends RequestContext {
  db: Db;
  today: IsoDate;
}
