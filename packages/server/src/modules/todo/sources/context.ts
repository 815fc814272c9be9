import type { IsoDate } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { AuthContext } from '../../../http/policy.js';

/** What every source of the to-do list reads: the person, the app's day and the language of the titles. */
export interface TodoContext {
  db: Db;
  auth: AuthContext;
  now: Date;
  today: IsoDate;
  lang: 'vi' | 'en';
}
