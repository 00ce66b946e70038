import neo4j from 'neo4j-driver';

/** Neo4j integers arrive as driver Integers; convert once, here, at the data layer's edge. */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return 0;
}

/**
 * A Neo4j value as plain JavaScript: integers as numbers, dates as `YYYY-MM-DD`, date-times as
 * ISO-8601 strings, nodes as their property maps, lists and maps converted all the way down.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isLocalDateTime(value) || neo4j.isLocalTime(value) || neo4j.isTime(value)) {
    return value.toString();
  }
  if (neo4j.isDateTime(value)) return new Date(value.toString()).toISOString();
  if (neo4j.isDuration(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof neo4j.types.Node) return toPlain(value.properties);
  if (value instanceof neo4j.types.Relationship) return toPlain(value.properties);
  if (typeof value === 'object') {
    const plain: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) plain[key] = toPlain(item);
    return plain;
  }
  return value;
}
