import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';

const MIGRATION_FILE = /^(\d{4})-[a-z0-9-]+\.cypher$/;

export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
}

export interface MigrationReport {
  id: string;
  status: 'applied' | 'already applied';
}

/** Splits a migration file into statements: `//` comment lines dropped, `;` at a line end separates. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export async function readMigrations(migrationsDir: string): Promise<Migration[]> {
  const names = (await readdir(migrationsDir)).filter((name) => MIGRATION_FILE.test(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(migrationsDir, name), 'utf8');
      return {
        id: name.replace(/\.cypher$/, ''),
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    }),
  );
}

/**
 * Applies the migrations not yet recorded in the graph, in file order, and records each as a
 * (:Migration) node. Applied migrations are never re-run; one edited after it was applied is an error,
 * since the graph would no longer match its file.
 */
export async function migrate(
  driver: Driver,
  migrationsDir: string,
  options: { database?: string; onProgress?: (report: MigrationReport) => void } = {},
): Promise<MigrationReport[]> {
  const migrations = await readMigrations(migrationsDir);
  const session = driver.session({ database: options.database ?? 'neo4j' });
  const reports: MigrationReport[] = [];
  try {
    await session.executeWrite((tx) => tx.run('CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE'));
    const applied = await session.executeRead(async (tx) => {
      const result = await tx.run('MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum');
      return new Map(result.records.map((record) => [record.get('id') as string, record.get('checksum') as string]));
    });
    for (const migration of migrations) {
      const recorded = applied.get(migration.id);
      if (recorded !== undefined) {
        if (recorded !== migration.checksum) {
          throw new Error(`migration ${migration.id} was changed after it was applied; add a new migration file instead of editing it`);
        }
        reports.push({ id: migration.id, status: 'already applied' });
        options.onProgress?.(reports.at(-1)!);
        continue;
      }
      // Schema changes cannot share a transaction with data writes, so each statement runs on its own.
      for (const statement of migration.statements) {
        await session.executeWrite((tx) => tx.run(statement));
      }
      await session.executeWrite((tx) =>
        tx.run('CREATE (m:Migration {id: $id, checksum: $checksum, appliedAt: datetime()})', {
          id: migration.id,
          checksum: migration.checksum,
        }),
      );
      await session.executeWrite((tx) => tx.run('CALL db.awaitIndexes(300)'));
      reports.push({ id: migration.id, status: 'applied' });
      options.onProgress?.(reports.at(-1)!);
    }
  } finally {
    await session.close();
  }
  return reports;
}
