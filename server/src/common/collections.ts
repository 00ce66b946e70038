/** Splits a list into batches of at most `size` items (for `UNWIND $rows` writes). */
export function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Groups items by a key, keeping first-seen order of the groups and of the items in each. */
export function groupMap<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The groups of groupMap, in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  return [...groupMap(items, key).values()];
}
