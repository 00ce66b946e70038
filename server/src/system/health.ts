import type { Driver } from 'neo4j-driver';

/** The Neo4j version, or null when the database does not answer. */
export async function neo4jVersion(driver: Driver, database: string): Promise<string | null> {
  try {
    const info = await driver.getServerInfo({ database });
    return info.agent ?? null;
  } catch {
    return null;
  }
}
