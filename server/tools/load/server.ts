// The Crosswalk server `pnpm load` measures: the real `npm start` entry (server/src/cli/start.ts) in a
// process of its own, on a free loopback port, against the bench's Neo4j. What users run is what is
// measured (its settings, auth and limits from the environment), and the clients' work stays off its
// event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { repoRoot } from '../../src/config.js';
import type { Neo4jConnection } from '../../src/db/driver.js';
import { stopChild } from '../../src/common/child-process.js';

export interface LoadServer {
  url: string;
  pid: number | undefined;
  logFile: string;
  stop(): Promise<void>;
}

/** A port nothing listens on now (the kernel's pick; free again by the time the server binds it). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `npm start`'s server with NEO4J_URI set (so it starts no Neo4j of its own), `extraEnv` on
 * top (the admin key, rate limit off), its output into `logFile`; resolves once /ready answers 200.
 */
export async function startLoadServer(
  connection: Neo4jConnection,
  extraEnv: Record<string, string>,
  logFile: string,
  timeoutMs = 120_000,
): Promise<LoadServer> {
  const port = await freePort();
  const output = openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'src', 'cli', 'start.ts')], {
    cwd: repoRoot,
    // Its own process group: a Ctrl-C reaches only the load, which then stops the server in order.
    detached: true,
    stdio: ['ignore', output, output],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: connection.database,
      ...extraEnv,
    },
  });
  closeSync(output);
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    await stopChild(child, exited, 15_000);
    process.off('exit', killOnExit);
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`the Crosswalk server exited with code ${exitCode} before it was ready (its output: ${logFile})`);
    try {
      const response = await fetch(`${base}/ready`);
      if (response.status === 200) return { url: `${base}/graphql`, pid: child.pid, logFile, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the Crosswalk server was not ready within ${timeoutMs / 1000} s (its output: ${logFile})`);
}
