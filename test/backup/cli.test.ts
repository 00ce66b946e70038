// pnpm graph:export and pnpm graph:import end to end: the CLI as a user runs it, against the test Neo4j.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { repoRoot } from '../../server/src/config.js';
import { graphFingerprint, testConnection, testDriver } from '../support/neo4j.js';

const run = promisify(execFile);
let folder: string;
let driver: Driver;

/** Runs the backup CLI; resolves with its exit code and output, whatever the code. */
async function backup(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const connection = testConnection();
  const env = {
    ...process.env,
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: connection.database,
  };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'server/tools/backup/cli.ts', ...args], {
      cwd: repoRoot,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-backup-'));
  driver = testDriver();
});

afterAll(async () => {
  await driver.close();
  await rm(folder, { recursive: true, force: true });
});

describe('pnpm graph:export / graph:import', () => {
  it('exports to a file, and import --check validates it without writing', async () => {
    const before = await graphFingerprint(driver);
    const out = path.join(folder, 'export.json');
    const exported = await backup('export', '--out', out);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toBe('');
    expect(exported.stderr).toMatch(/exported \d+ nodes .* to .*export\.json/);

    const file = JSON.parse(await readFile(out, 'utf8')) as {
      format: string;
      version: number;
      nodes: unknown[];
      source: { database: string };
    };
    expect(file).toMatchObject({ format: 'crosswalk-export', version: 2, source: { database: testConnection().database } });
    expect(file.nodes.length).toBeGreaterThan(0);

    const checked = await backup('import', out, '--check');
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stderr).toContain(`is valid: ${file.nodes.length} nodes`);
    expect(checked.stderr).toContain('nothing was written');
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('refuses a broken file with the path of each problem and exit code 1', async () => {
    const broken = path.join(folder, 'broken.json');
    await writeFile(
      broken,
      JSON.stringify({
        format: 'crosswalk-export',
        version: 2,
        exportedAt: 'yesterday',
        counts: { nodes: { Vendor: 1 }, relationships: {} },
        nodes: [{ label: 'Vendor', id: 'vendor:x', properties: { name: 'X', riskTier: 'EXTREME' } }],
        relationships: [],
      }),
    );
    const before = await graphFingerprint(driver);
    const result = await backup('import', broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('exportedAt');
    expect(result.stderr).toContain('nodes[0].properties.riskTier');
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('explains its usage on bad arguments', async () => {
    const result = await backup('import');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('import needs the FILE');
    expect(result.stderr).toContain('pnpm graph:import FILE [--check]');
  });
});
