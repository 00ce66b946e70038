import neo4j from 'neo4j-driver';

/** Neo4j integers arrive as driver Integers; convert once, here, at the data layer's edge. */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return 0;
}
