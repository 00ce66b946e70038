import type { ChildProcess } from 'node:child_process';

/** Stops a child the polite way, SIGTERM, and forces it with SIGKILL if it has not exited after `graceMs`. */
export async function stopChild(child: ChildProcess, exited: Promise<unknown>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(forced);
}
