#!/usr/bin/env node
// Entry point of `npm start` and `npm test` on a fresh machine: installs the workspace with pnpm
// (fetched by npx, nothing global), then hands over. `start` needs Java 17+ and Maven for its local
// Neo4j (the launcher says so when they are missing). `test` first checks the machine for what the
// tests need besides Node (prerequisites.mjs): a headless Chromium, a Java 17+ JDK and Maven. As
// root it installs what is missing from Debian with apt-get; otherwise it stops at once, saying what
// to install.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPrerequisites } from './prerequisites.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { packageManager } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const command = process.argv[2];

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 12)) {
  console.error(`Crosswalk needs Node.js 20.12 or newer; this is ${process.version}.`);
  process.exit(1);
}
if (command !== 'start' && command !== 'test') {
  console.error('usage: node server/scripts/bootstrap.mjs start|test');
  process.exit(2);
}

// npx runs the exact pnpm the workspace pins (package.json "packageManager") without installing it globally.
const pnpmArgs = ['--yes', packageManager];
function pnpm(args, label) {
  console.log(`› ${label}`);
  const result = spawnSync('npx', [...pnpmArgs, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** Runs the last step in the foreground; Ctrl-C goes to it, and its exit code becomes ours. */
function handOver(executable, args) {
  const child = spawn(executable, args, { cwd: root, stdio: 'inherit' });
  // The child receives the terminal's SIGINT itself and stops what it started; we wait for it.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (signal === 'SIGTERM') child.kill('SIGTERM');
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (command === 'test') {
  console.log('› checking for Chromium, a Java 17+ JDK and Maven');
  const prerequisites = checkPrerequisites();
  if (!prerequisites.ok) {
    console.error(prerequisites.message);
    process.exit(1);
  }
}
pnpm(['install', '--frozen-lockfile', '--reporter=append-only'], `installing dependencies with ${packageManager}`);
if (command === 'start') {
  pnpm(['--filter', '@crosswalk/web', 'build'], 'building the explorer');
  handOver(process.execPath, ['--import', 'tsx', path.join('server', 'src', 'cli', 'start.ts')]);
} else {
  handOver('npx', [...pnpmArgs, 'run', 'test:all']);
}
