// The decisions of `npm test`'s prerequisite check (server/scripts/prerequisites.mjs, run by
// bootstrap.mjs before anything else), on made-up machines: which files exist, the uid, what each
// command answers. Nothing here looks at or changes the real machine.
import { describe, expect, it } from 'vitest';
import { checkPrerequisites, findChromium, javaMajorVersion, type CommandResult, type System } from '../../scripts/prerequisites.mjs';

const JAVA_17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)';

interface Machine {
  files?: string[];
  uid?: number | undefined;
  env?: NodeJS.ProcessEnv;
  /** Answers by command name (`apt-get update`/`apt-get install` by their first argument); absent: not on PATH. */
  commands?: Record<string, CommandResult | ((args: string[]) => CommandResult)>;
  /** What `apt-get install` puts on the machine when it succeeds. */
  aptInstalls?: string[];
}

const ok = (output = ''): CommandResult => ({ status: 0, output });
const notFound: CommandResult = { status: null, output: 'Error: spawnSync x ENOENT' };

/** A made-up machine and a record of what the check did to it. */
function machine(spec: Machine): { system: System; calls: string[]; lines: string[]; files: Set<string> } {
  const files = new Set(spec.files ?? []);
  const calls: string[] = [];
  const lines: string[] = [];
  const system: System = {
    env: spec.env ?? { PATH: '/usr/local/bin:/usr/bin:/bin' },
    executable: (file) => files.has(file),
    uid: 'uid' in spec ? spec.uid : 1000,
    log: (line) => lines.push(line),
    run(command, args, options) {
      calls.push([command, ...args].join(' '));
      const key = command === 'apt-get' ? `apt-get ${args[0]}` : command;
      if (command === 'apt-get') expect(options?.env?.DEBIAN_FRONTEND).toBe('noninteractive');
      const answer = spec.commands?.[key];
      const result = typeof answer === 'function' ? answer(args) : (answer ?? notFound);
      if (key === 'apt-get install' && result.status === 0) for (const file of spec.aptInstalls ?? []) files.add(file);
      return result;
    },
  };
  return { system, calls, lines, files };
}

/** A machine with Java 17 and Maven, so only Chromium is in question. */
const withJdkAndMaven = { java: ok(JAVA_17), javac: ok('javac 17.0.15'), mvn: ok('Apache Maven 3.8.7') };

describe('findChromium: the one place that decides which Chromium runs', () => {
  it('takes CHROMIUM_PATH as given, even before Debian’s', () => {
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, executable: () => true })).toBe('/opt/chrome/chrome');
  });

  it('takes /usr/bin/chromium first, then the first Chromium on PATH, then none', () => {
    const env = { PATH: '/usr/local/bin:/snap/bin' };
    expect(findChromium({ env, executable: (f) => ['/usr/bin/chromium', '/snap/bin/chromium'].includes(f) })).toBe('/usr/bin/chromium');
    expect(findChromium({ env, executable: (f) => ['/snap/bin/chromium', '/usr/local/bin/google-chrome'].includes(f) })).toBe(
      '/snap/bin/chromium',
    );
    expect(findChromium({ env, executable: (f) => f === '/usr/local/bin/google-chrome' })).toBe('/usr/local/bin/google-chrome');
    expect(findChromium({ env, executable: () => false })).toBeUndefined();
  });
});

describe('javaMajorVersion', () => {
  it('reads new and old version strings', () => {
    expect(javaMajorVersion(JAVA_17)).toBe(17);
    expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajorVersion('java version "1.8.0_292"')).toBe(8);
    expect(javaMajorVersion('no java here')).toBeUndefined();
  });
});

describe('checkPrerequisites', () => {
  it('finds everything: installs nothing, runs no apt-get', () => {
    const { system, calls } = machine({ files: ['/usr/bin/chromium'], commands: withJdkAndMaven, uid: 0 });
    expect(checkPrerequisites(system)).toEqual({ ok: true, installed: [] });
    expect(calls.filter((call) => call.startsWith('apt-get'))).toEqual([]);
  });

  it('finds a Chromium on PATH when /usr/bin/chromium is absent', () => {
    const { system } = machine({ files: ['/usr/local/bin/chromium-browser'], commands: withJdkAndMaven });
    expect(checkPrerequisites(system)).toEqual({ ok: true, installed: [] });
  });

  it('as root without Chromium: apt-get update, then install chromium, with progress lines; then finds it', () => {
    const { system, calls, lines } = machine({
      uid: 0,
      commands: { ...withJdkAndMaven, 'apt-get update': ok(), 'apt-get install': ok() },
      aptInstalls: ['/usr/bin/chromium'],
    });
    expect(checkPrerequisites(system)).toEqual({ ok: true, installed: ['chromium'] });
    expect(calls.filter((call) => call.startsWith('apt-get'))).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium']);
    expect(lines[0]).toMatch(/installing from Debian with apt-get .*: chromium/);
    expect(lines).toContain('› apt-get install -y -qq chromium');
  });

  it('as root without Chromium, Java or Maven: installs all three in one apt-get install', () => {
    let installed = false;
    const { system, calls } = machine({
      uid: 0,
      commands: {
        java: () => (installed ? ok(JAVA_17) : notFound),
        javac: () => (installed ? ok('javac 17') : notFound),
        mvn: () => (installed ? ok() : notFound),
        'apt-get update': ok(),
        'apt-get install': () => ((installed = true), ok()),
      },
      aptInstalls: ['/usr/bin/chromium'],
    });
    expect(checkPrerequisites(system)).toEqual({ ok: true, installed: ['chromium', 'default-jdk-headless', 'maven'] });
    expect(calls).toContain('apt-get install -y -qq chromium default-jdk-headless maven');
  });

  it('not root and no Chromium: stops at once, saying what to install, and runs no apt-get', () => {
    const { system, calls } = machine({ uid: 1000, commands: withJdkAndMaven });
    const result = checkPrerequisites(system);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/Chromium .*none at \/usr\/bin\/chromium or on PATH/);
    expect(result.message).toMatch(/Not running as root, so nothing was installed/);
    expect(result.message).toMatch(/sudo apt-get install chromium$/m);
    expect(result.message).toMatch(/CHROMIUM_PATH=\/path\/to\/chromium/);
    expect(calls.filter((call) => call.startsWith('apt-get'))).toEqual([]);
  });

  it('no uid at all (not a POSIX system) counts as not root', () => {
    const { system } = machine({ uid: undefined, commands: withJdkAndMaven });
    expect(checkPrerequisites(system).ok).toBe(false);
  });

  it('as root, when apt-get update fails (no network): stops with apt’s own words, installs nothing', () => {
    const { system, calls } = machine({
      uid: 0,
      commands: {
        ...withJdkAndMaven,
        'apt-get update': { status: 100, output: 'E: Failed to fetch http://deb.debian.org/…' },
        'apt-get install': ok(),
      },
      aptInstalls: ['/usr/bin/chromium'],
    });
    const result = checkPrerequisites(system);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.message).toMatch(/apt-get update failed \(exit 100\)/);
    expect(result.message).toMatch(/E: Failed to fetch/);
    expect(result.message).toMatch(/sudo apt-get install chromium/);
    expect(calls).not.toContain('apt-get install -y -qq chromium');
  });

  it('as root, when apt-get install fails or apt-get is not there: stops with a message', () => {
    const failing = machine({
      uid: 0,
      commands: {
        ...withJdkAndMaven,
        'apt-get update': ok(),
        'apt-get install': { status: 100, output: 'E: Unable to locate package chromium' },
      },
    });
    const result = checkPrerequisites(failing.system);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/apt-get install failed \(exit 100\)[^]*Unable to locate package chromium/);

    const noApt = checkPrerequisites(machine({ uid: 0, commands: withJdkAndMaven }).system);
    expect(noApt.ok).toBe(false);
    if (!noApt.ok) expect(noApt.message).toMatch(/apt-get could not be started/);
  });

  it('as root, when apt-get succeeds but the thing is still missing: stops rather than run the tests', () => {
    const { system } = machine({ uid: 0, commands: { ...withJdkAndMaven, 'apt-get update': ok(), 'apt-get install': ok() } });
    const result = checkPrerequisites(system);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/apt-get installed chromium, but these are still missing/);
  });

  it('a CHROMIUM_PATH that is not there stops the run even as root: Debian’s chromium would not put it there', () => {
    const { system, calls } = machine({
      uid: 0,
      env: { CHROMIUM_PATH: '/opt/nowhere/chrome', PATH: '/usr/bin' },
      files: ['/usr/bin/chromium'],
      commands: withJdkAndMaven,
    });
    const result = checkPrerequisites(system);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/CHROMIUM_PATH=\/opt\/nowhere\/chrome is not an executable file/);
      expect(result.message).toMatch(/Point CHROMIUM_PATH at a Chromium .*or unset it/);
    }
    expect(calls.filter((call) => call.startsWith('apt-get'))).toEqual([]);
  });

  it('Java too old, or a JRE without javac, or no Maven: says which, naming the Debian packages', () => {
    const old = machine({ files: ['/usr/bin/chromium'], commands: { ...withJdkAndMaven, java: ok('openjdk version "11.0.2"') } });
    const oldResult = checkPrerequisites(old.system);
    expect(oldResult.ok).toBe(false);
    if (!oldResult.ok)
      expect(oldResult.message).toMatch(/Java 17\+ JDK .*`java` is Java 11[^]*sudo apt-get install default-jdk-headless$/m);

    const jre = machine({ files: ['/usr/bin/chromium'], commands: { ...withJdkAndMaven, javac: notFound } });
    const jreResult = checkPrerequisites(jre.system);
    if (!jreResult.ok) expect(jreResult.message).toMatch(/`javac` not found on PATH \(a JRE, not a JDK\)/);
    expect(jreResult.ok).toBe(false);

    const noMaven = machine({ files: ['/usr/bin/chromium'], commands: { ...withJdkAndMaven, mvn: notFound } });
    const noMavenResult = checkPrerequisites(noMaven.system);
    expect(noMavenResult.ok).toBe(false);
    if (!noMavenResult.ok) {
      expect(noMavenResult.message).toMatch(/Maven .*`mvn` not found on PATH[^]*sudo apt-get install maven$/m);
      expect(noMavenResult.message).not.toMatch(/CHROMIUM_PATH/);
    }
  });
});
