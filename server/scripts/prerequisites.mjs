// What `npm test` needs from the machine besides Node: a headless Chromium for the browser tests, and
// a Java 17+ JDK and Maven for the tests' local Neo4j (graph/neo4j-local). `checkPrerequisites` finds
// them; as root it installs what is missing from Debian with apt-get; otherwise, or when apt-get
// fails, it says what to install, so the run stops at once instead of failing test after test.
//
// Also the ONE place that decides which Chromium is started (server/tools/bench/chromium.ts asks here).
// Node built-ins only: bootstrap.mjs runs it before the workspace is installed. Everything it touches
// on the machine comes in as `system`, so its decisions are unit-tested (server/src/cli/prerequisites.test.ts).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** Debian's `chromium` package, what CI and the README use; looked at first. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Other Chromium builds, looked up on PATH in this order, then macOS's usual places. */
const CHROMIUM_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
const MACOS_CHROMIUM = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const JAVA_MIN = 17;
const APT_ENV = { DEBIAN_FRONTEND: 'noninteractive' };

/** Is `file` a file this process may execute? */
export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Runs a command to its end: exit status (null when it could not start) and stdout+stderr. */
export function runCommand(command, args, options = {}) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.error ? null : result.status,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
  };
}

/** The machine as this module sees it; tests pass their own. */
export function realSystem() {
  return { env: process.env, executable: isExecutable, uid: process.getuid?.(), run: runCommand, log: (line) => console.log(line) };
}

/**
 * The Chromium to start: `CHROMIUM_PATH` when set (as given, found or not), else /usr/bin/chromium,
 * else the first of chromium, chromium-browser, google-chrome-stable, google-chrome on PATH, else
 * macOS's Chromium or Google Chrome; undefined when there is none.
 */
export function findChromium({ env = process.env, executable = isExecutable } = {}) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  if (executable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const command of CHROMIUM_COMMANDS) {
    for (const dir of dirs) {
      const candidate = path.join(dir, command);
      if (executable(candidate)) return candidate;
    }
  }
  return MACOS_CHROMIUM.find((candidate) => executable(candidate));
}

/** The major version in `java -version`'s output (`"17.0.15"` → 17, `"1.8.0_292"` → 8). */
export function javaMajorVersion(output) {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Each thing missing: what it is, why it is missing, and the Debian package that brings it. */
function missingPrerequisites(system) {
  const missing = [];
  const chromium = findChromium(system);
  if (system.env.CHROMIUM_PATH && !system.executable(system.env.CHROMIUM_PATH)) {
    // Asked for by name: installing Debian's would not make that path appear.
    missing.push({
      what: 'Chromium',
      why: `CHROMIUM_PATH=${system.env.CHROMIUM_PATH} is not an executable file`,
      debianPackage: undefined,
    });
  } else if (!chromium) {
    missing.push({
      what: 'Chromium (headless, for the browser tests)',
      why: `none at ${DEBIAN_CHROMIUM} or on PATH`,
      debianPackage: 'chromium',
    });
  }
  const java = system.run('java', ['-version']);
  const javaVersion = java.status === 0 ? javaMajorVersion(java.output) : undefined;
  const javac = system.run('javac', ['-version']);
  if (java.status !== 0 || javac.status !== 0 || javaVersion === undefined || javaVersion < JAVA_MIN) {
    const why =
      java.status !== 0
        ? '`java` not found on PATH'
        : javaVersion === undefined
          ? '`java -version` names no version'
          : javaVersion < JAVA_MIN
            ? `\`java\` is Java ${javaVersion}`
            : '`javac` not found on PATH (a JRE, not a JDK)';
    missing.push({ what: `a Java ${JAVA_MIN}+ JDK (for the tests' local Neo4j)`, why, debianPackage: 'default-jdk-headless' });
  }
  if (system.run('mvn', ['-v']).status !== 0) {
    missing.push({ what: "Maven (builds the tests' local Neo4j)", why: '`mvn` not found on PATH', debianPackage: 'maven' });
  }
  return missing;
}

function stopMessage(missing, reason, detail) {
  const packages = missing.map((item) => item.debianPackage).filter(Boolean);
  const lines = ['✗ npm test cannot run: this machine lacks', ...missing.map((item) => `  - ${item.what}: ${item.why}`)];
  lines.push(reason);
  if (packages.length > 0) lines.push(`Install Debian's ${packages.join(', ')}: sudo apt-get install ${packages.join(' ')}`);
  if (missing.some((item) => item.debianPackage === 'chromium')) {
    lines.push('or set CHROMIUM_PATH=/path/to/chromium to use another Chromium or Google Chrome.');
  } else if (missing.some((item) => item.what === 'Chromium')) {
    lines.push("Point CHROMIUM_PATH at a Chromium or Google Chrome, or unset it to use Debian's (sudo apt-get install chromium).");
  }
  if (detail) lines.push(detail);
  return lines.join('\n');
}

function tail(output, lines = 15) {
  return output.trim().split('\n').slice(-lines).join('\n');
}

/**
 * Finds what `npm test` needs, installing what is missing with apt-get when running as root.
 * Returns `{ ok: true, installed }` (the Debian packages it installed, maybe none), or
 * `{ ok: false, message }`: the caller prints the message and exits non-zero, running no test.
 */
export function checkPrerequisites(system = realSystem()) {
  const missing = missingPrerequisites(system);
  if (missing.length === 0) return { ok: true, installed: [] };
  if (missing.some((item) => !item.debianPackage)) {
    return { ok: false, message: stopMessage(missing, 'Nothing was installed.') };
  }
  if (system.uid !== 0) {
    return { ok: false, message: stopMessage(missing, 'Not running as root, so nothing was installed.') };
  }
  const packages = missing.map((item) => item.debianPackage);
  system.log(`› installing from Debian with apt-get (running as root): ${packages.join(' ')} — this can take a few minutes`);
  const steps = [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ];
  for (const args of steps) {
    system.log(`› apt-get ${args.join(' ')}`);
    const result = system.run('apt-get', args, { env: APT_ENV });
    if (result.status !== 0) {
      const failed = result.status === null ? 'apt-get could not be started' : `apt-get ${args[0]} failed (exit ${result.status})`;
      return {
        ok: false,
        message: stopMessage(missing, `${failed}, so nothing was installed (no network, or not Debian?).`, tail(result.output)),
      };
    }
  }
  const still = missingPrerequisites(system);
  if (still.length > 0) {
    return { ok: false, message: stopMessage(still, `apt-get installed ${packages.join(' ')}, but these are still missing.`) };
  }
  system.log(`› installed ${packages.join(' ')}`);
  return { ok: true, installed: packages };
}
