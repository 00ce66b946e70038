import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import type { AppOptions } from '../../server/src/http/app.js';
import { startTestApi, type TestApi } from './api.js';
import { enableTestHooks, launchChromium } from './browser.js';

/** Where end-to-end tests leave their screenshots (git-ignored; CI keeps it as an artifact). */
export const ARTIFACTS = path.join(repoRoot, 'test', 'artifacts');

/**
 * The explorer's production build, made once per test run (the global setup names the folder) and
 * shared by every browser test file.
 */
export function explorerBuild(): string {
  const folder = inject('webBuildDir');
  if (!existsSync(path.join(folder, 'index.html'))) {
    execFileSync(
      'npx',
      ['--yes', 'pnpm@10.34.9', '--filter', '@crosswalk/web', 'exec', 'vite', 'build', '--outDir', folder, '--emptyOutDir'],
      {
        cwd: repoRoot,
        stdio: 'ignore',
      },
    );
  }
  return folder;
}

export interface Explorer {
  api: TestApi;
  browser: Browser;
  /** A new page on the explorer at `path` (e.g. "/?view=gaps"), failing the test on page errors. */
  open(path?: string): Promise<Page>;
  /** Saves a full-page screenshot under test/artifacts/<name>.png. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real server (API + explorer build) on a loopback port, and a headless Chromium; `options` go
 * to the app (e.g. `auth`).
 */
export async function startExplorer(options: Partial<AppOptions> = {}): Promise<Explorer> {
  const webDist = explorerBuild();
  const api = await startTestApi({ ...options, webDist });
  const browser = await launchChromium();
  const pages: { page: Page; errors: string[] }[] = [];
  return {
    api,
    browser,
    async open(at = '/') {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
      await enableTestHooks(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Cytoscape reports a style it cannot use as a console warning, and draws without it.
      page.on('console', (message) => {
        if (message.type() === 'warning' && /style (property|value)|is invalid/i.test(message.text())) errors.push(message.text());
      });
      pages.push({ page, errors });
      await page.goto(`${api.url}${at}`);
      return page;
    },
    async screenshot(page, name) {
      await mkdir(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      const errors = pages.flatMap((entry) => entry.errors);
      await browser.close();
      await api.close();
      if (errors.length > 0) throw new Error(`Errors in the page: ${errors.join('; ')}`);
    },
  };
}

/** Waits until the canvas has finished its layout and holds at least `nodes` nodes. */
export async function canvasSettled(page: Page, nodes = 1): Promise<{ nodes: number; edges: number }> {
  const canvas = page.getByTestId('canvas').first();
  await page.waitForFunction(
    ([minimum]) => {
      // Runs in the page; the test project has no DOM types.
      const element = (
        globalThis as unknown as { document: { querySelector(selector: string): { dataset: Record<string, string> } | null } }
      ).document.querySelector('[data-testid="canvas"]');
      return element !== null && element.dataset.layoutState === 'done' && Number(element.dataset.nodeCount) >= minimum!;
    },
    [nodes],
    { timeout: 60_000 },
  );
  return { nodes: Number(await canvas.getAttribute('data-node-count')), edges: Number(await canvas.getAttribute('data-edge-count')) };
}
