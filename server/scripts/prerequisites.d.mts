// Types of prerequisites.mjs (plain JavaScript, so bootstrap.mjs runs it before the workspace is installed).

export interface CommandResult {
  /** Exit status; null when the command could not be started (not on PATH). */
  status: number | null;
  /** stdout and stderr. */
  output: string;
}

/** What checkPrerequisites sees of the machine. */
export interface System {
  env: NodeJS.ProcessEnv;
  executable(file: string): boolean;
  /** process.getuid?.(): 0 is root; undefined where there are no uids. */
  uid: number | undefined;
  run(command: string, args: string[], options?: { env?: Record<string, string> }): CommandResult;
  log(line: string): void;
}

export type PrerequisitesResult = { ok: true; installed: string[] } | { ok: false; message: string };

export const DEBIAN_CHROMIUM: string;
export function isExecutable(file: string): boolean;
export function runCommand(command: string, args: string[], options?: { env?: Record<string, string> }): CommandResult;
export function realSystem(): System;
export function findChromium(system?: Partial<Pick<System, 'env' | 'executable'>>): string | undefined;
export function javaMajorVersion(output: string): number | undefined;
export function checkPrerequisites(system?: System): PrerequisitesResult;
