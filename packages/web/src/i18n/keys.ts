import type { ParseKeys } from 'i18next';
import type { Texts } from './index';

/** Every key `t()` accepts: a path to a text of the Vietnamese locale. */
export type TextKey = ParseKeys;

type Group<P extends string, T = Texts> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? Group<Rest, T[Head]>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/**
 * The key of a value read at run time (a status, a channel) in a group of texts, e.g.
 * `groupKey('dossiers.statuses', d.status)`: the group is checked by the compiler, the value by the group's keys.
 */
export const groupKey = <P extends string>(
  group: P & (Group<P> extends Record<string, unknown> ? P : never),
  value: string | number,
) => `${group}.${value}` as `${P}.${Extract<keyof Group<P>, string | number>}` & TextKey;
