import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths, repoRoot } from '../../server/src/config.js';
import { LocalNeo4jError, buildLocalNeo4j } from '../../server/src/neo4j-local/launcher.js';

function which(command: string): string {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
}

/** A copy of graph/neo4j-local without its build output, so a build really runs. */
async function freshLauncherCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-launcher-'));
  for (const entry of ['pom.xml', 'jvm.options', 'src']) {
    await cp(path.join(paths.neo4jLocal, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

async function withPath<T>(entries: string[], run: () => Promise<T>): Promise<T> {
  const bin = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-bin-'));
  for (const command of entries) await symlink(which(command), path.join(bin, command));
  const saved = process.env.PATH;
  process.env.PATH = bin;
  try {
    return await run();
  } finally {
    process.env.PATH = saved;
  }
}

describe('building the local Neo4j', () => {
  it('fails with a message naming Java, and how to use another Neo4j, when java is missing', async () => {
    const dir = await freshLauncherCopy();
    const build = withPath([], () => buildLocalNeo4j(dir, () => undefined));
    await expect(build).rejects.toBeInstanceOf(LocalNeo4jError);
    await expect(build).rejects.toThrow(/Java 17 or newer is needed/);
    await expect(build).rejects.toThrow(/NEO4J_URI.*NEO4J_USER.*NEO4J_PASSWORD/s);
  });

  it('fails with a message naming Maven when mvn is missing', async () => {
    const dir = await freshLauncherCopy();
    const build = withPath(['java'], () => buildLocalNeo4j(dir, () => undefined));
    await expect(build).rejects.toThrow(/Maven is needed/);
    await expect(build).rejects.toThrow(/NEO4J_URI/);
  });

  it('fails with a message about Maven Central when Maven cannot fetch what it needs', async () => {
    const dir = await freshLauncherCopy();
    // A Neo4j version that Maven Central does not have stands in for a failed download.
    const pom = await readFile(path.join(dir, 'pom.xml'), 'utf8');
    await writeFile(
      path.join(dir, 'pom.xml'),
      pom.replace(/<neo4j\.version>[^<]+<\/neo4j\.version>/, '<neo4j.version>5.26.9999</neo4j.version>'),
    );
    const build = buildLocalNeo4j(dir, () => undefined);
    await expect(build).rejects.toThrow(/Maven could not build graph\/neo4j-local .*Maven Central/s);
    await expect(build).rejects.toThrow(/NEO4J_URI/);
  });

  it('the start command reports a missing Java and exits non-zero, starting nothing', async () => {
    const bin = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-bin-'));
    await mkdir(bin, { recursive: true });
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli/start.ts'], {
      cwd: repoRoot,
      env: { PATH: bin, HOME: os.homedir(), NEO4J_LOCAL_HOME: await mkdtemp(path.join(os.tmpdir(), 'crosswalk-home-')) },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Crosswalk could not start: Java 17 or newer is needed/);
    expect(result.stderr).toMatch(/NEO4J_URI/);
  });
});
