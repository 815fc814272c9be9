import { z } from 'zod';
import { TODO_KINDS } from './items.js';

export const todoItemOut = z.object({
  kind: z.enum(TODO_KINDS),
  title: z.string(),
  deadline: z.string().nullable().describe('YYYY-MM-DD, Vietnam day; null when the item has none'),
  link: z.string().describe('The page of the web UI where it is done'),
  overdue: z.boolean(),
  count: z.number().int().min(1),
});

export const todoOut = z.object({
  today: z.string(),
  items: z.array(todoItemOut),
});
