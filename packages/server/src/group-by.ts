/**
 * Items by a key, in one pass, each group in the items' order (Node 20 has no `Map.groupBy`). Appends in place:
 * copying a group on every item made 50,000 dossiers of one ward cost seconds.
 */
export function groupBy<T, V = T>(
  items: Iterable<T>,
  key: (item: T) => string,
  value: (item: T) => V = (item) => item as unknown as V,
): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(value(item));
    else groups.set(k, [value(item)]);
  }
  return groups;
}
