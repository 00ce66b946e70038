// The explorer part of `pnpm bench`: opens views in Debian's headless Chromium against the bench's
// Crosswalk server (its API and the explorer's production build) and measures what a user waits for:
// data and layout until the canvas is ready, frame times while panning and zooming, and a click on
// a node until its details show. No assertions: figures for the README.
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, BrowserContext, JSHandle, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { latency, milliseconds, percentile, type Latency } from './stats.js';

export interface ExplorerScenario {
  name: string;
  /** Path and query of the view, e.g. "/?view=explore&node=…". */
  path: string;
  /** The node whose details the view opens with; the bench then selects another. */
  select?: string;
  /** Draw with Cytoscape's WebGL renderer even where the explorer would not (a software rasteriser). */
  webgl?: boolean;
}

/**
 * Turns on the explorer's test and benchmark hooks (window.crosswalkCanvas, the forced renderer) in
 * every page of `context`: localStorage "crosswalk.testHooks" = "1", set before the page's scripts run.
 */
export async function enableTestHooks(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: "localStorage.setItem('crosswalk.testHooks', '1');" });
}

export interface ExplorerMeasurement {
  scenario: ExplorerScenario;
  nodes: number;
  edges: number;
  renderer: string;
  /** Navigation until the canvas holds the data and its layout has finished. */
  ready: Latency;
  /** Of `ready`, the layout alone. */
  layout: Latency;
  /** Intervals between frames while the mouse pans and the wheel zooms. */
  frame: { p50: number; p95: number; max: number; fps: number } | null;
  /** Click on a node until its details panel shows. */
  select: Latency | null;
  error?: string;
}

/**
 * What the page functions below use of the browser (the server has no DOM types). They run in the
 * page, so they reach it through globalThis, never through a helper of this module.
 */
interface CanvasElement {
  dataset: Record<string, string | undefined>;
  getBoundingClientRect(): { left: number; top: number; width: number; height: number };
}
interface CanvasNode {
  id(): string;
  data(key: string): unknown;
  renderedPosition(): { x: number; y: number };
  emit(event: string): void;
}
interface PageGlobals {
  document: {
    querySelector(selector: string): CanvasElement | null;
    querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  };
  requestAnimationFrame(callback: (time: number) => void): number;
  benchFrames?: number[];
  crosswalkCanvas?: { nodes(): { toArray(): CanvasNode[] } };
}

/**
 * The page's globals as a typed handle, passed to each function that runs in the page: the server is
 * compiled without the DOM's types, and a handle from an expression is untyped, so no cast is needed.
 */
async function pageGlobals(page: Page): Promise<JSHandle<PageGlobals>> {
  return page.evaluateHandle('globalThis');
}

/** The explorer views the bench opens: a small neighbourhood, and the largest vendor's neighbourhoods and impact. */
export function explorerScenarios(bigVendor: string): ExplorerScenario[] {
  const explore = (id: string, depth: number, limit: number) =>
    `/?view=explore&subject=${encodeURIComponent(id)}&node=${encodeURIComponent(id)}&expanded=${encodeURIComponent(id)}` +
    (depth > 1 ? `&depth=${depth}` : '') +
    (limit !== 200 ? `&limit=${limit}` : '');
  const big = [
    { name: `explore: ${bigVendor}, 2 hops, ≤ 1 000 nodes`, path: explore(bigVendor, 2, 1000), select: bigVendor },
    { name: `explore: ${bigVendor}, 3 hops, ≤ 2 000 nodes`, path: explore(bigVendor, 3, 2000), select: bigVendor },
    { name: `impact: ${bigVendor}`, path: `/?view=impact&subject=${encodeURIComponent(bigVendor)}` },
  ];
  return [
    { name: 'explore: Art. 9 neighbourhood', path: explore('eu-ai-act:art-9', 1, 200), select: 'eu-ai-act:art-9' },
    // The large views twice: as the explorer draws them, and forced onto Cytoscape's WebGL renderer.
    ...big,
    ...big.map((scenario) => ({ ...scenario, name: `${scenario.name} (WebGL forced)`, webgl: true })),
  ];
}

async function canvasReady(page: Page): Promise<{ nodes: number; edges: number; renderer: string; layoutMs: number }> {
  const globals = await pageGlobals(page);
  await page.waitForFunction(
    (window) => {
      const canvas = window.document.querySelector('[data-testid="canvas"]');
      return canvas !== null && canvas.dataset.layoutState === 'done' && Number(canvas.dataset.nodeCount) > 0;
    },
    globals,
    { timeout: 180_000, polling: 50 },
  );
  return globals.evaluate((window) => {
    const canvas = window.document.querySelector('[data-testid="canvas"]')!;
    return {
      nodes: Number(canvas.dataset.nodeCount),
      edges: Number(canvas.dataset.edgeCount),
      renderer: canvas.dataset.renderer ?? '?',
      layoutMs: Number(canvas.dataset.layoutMs ?? Number.NaN),
    };
  });
}

/** Frame intervals while the mouse drags across the canvas and the wheel zooms in and out. */
async function panAndZoom(page: Page): Promise<number[]> {
  const box = await page.getByTestId('canvas').boundingBox();
  if (!box) return [];
  const globals = await pageGlobals(page);
  await globals.evaluate((page) => {
    const frames: number[] = [];
    page.benchFrames = frames;
    const tick = (time: number) => {
      frames.push(time);
      if (page.benchFrames === frames) page.requestAnimationFrame(tick);
    };
    page.requestAnimationFrame(tick);
  });
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Drag on empty space pans; a node under the pointer would move instead, so start near a corner.
  await page.mouse.move(box.x + 8, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3, { steps: 40 });
  await page.mouse.up();
  await page.mouse.move(cx, cy);
  for (let step = 0; step < 10; step += 1) {
    await page.mouse.wheel(0, step < 5 ? -240 : 240);
    await page.waitForTimeout(50);
  }
  const times = await globals.evaluate((holder) => {
    const frames = holder.benchFrames ?? [];
    delete holder.benchFrames;
    return frames;
  });
  return times.slice(1).map((time, index) => time - times[index]!);
}

/**
 * Taps a node other than the one whose details show (`shown`) through Cytoscape, as a click would, and waits until the details panel's heading names it: milliseconds, or null.
 * Cytoscape's event rather than a mouse click at a point: on a dense canvas a point can hit an edge.
 */
async function selectNode(page: Page, shown: string): Promise<number | null> {
  const started = performance.now();
  const globals = await pageGlobals(page);
  const label = await globals.evaluate((window, shownId) => {
    const cy = window.crosswalkCanvas;
    if (!cy) return null;
    const nodes = cy.nodes().toArray();
    const others = nodes.filter((candidate) => candidate.id() !== shownId);
    const node = others[Math.floor(others.length / 2)];
    if (!node) return null;
    node.emit('tap');
    return String(node.data('label'));
  }, shown);
  if (label === null) return null;
  await page.waitForFunction(
    ({ window, wanted }) => {
      const headings = window.document.querySelectorAll('aside h2');
      return Array.from(headings).some((element) => element.textContent === wanted);
    },
    { window: globals, wanted: label },
    { timeout: 60_000, polling: 'raf' },
  );
  return performance.now() - started;
}

/** Opens each scenario `runs` times in a fresh page and measures it. */
export async function measureExplorer(
  baseUrl: string,
  scenarios: ExplorerScenario[],
  runs: number,
  log: (line: string) => void,
): Promise<ExplorerMeasurement[]> {
  const browser: Browser = await launchChromium();
  const results: ExplorerMeasurement[] = [];
  try {
    for (const [index, scenario] of scenarios.entries()) {
      log(`bench: explorer [${index + 1}/${scenarios.length}] ${scenario.name} (${runs} runs)…`);
      const ready: number[] = [];
      const layouts: number[] = [];
      const frames: number[] = [];
      const selects: number[] = [];
      let shape = { nodes: 0, edges: 0, renderer: '?' };
      let error: string | undefined;
      for (let run = 0; run < runs && !error; run += 1) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        // tsx compiles the page functions above with esbuild's keepNames, which calls a __name helper
        // the page does not have: give it one (as text, so it is not compiled itself).
        await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
        await enableTestHooks(context);
        if (scenario.webgl) await context.addInitScript({ content: "localStorage.setItem('crosswalk.renderer', 'webgl');" });
        const page = await context.newPage();
        try {
          const started = performance.now();
          await page.goto(`${baseUrl}${scenario.path}`);
          const drawn = await canvasReady(page);
          ready.push(performance.now() - started);
          layouts.push(drawn.layoutMs);
          shape = { nodes: drawn.nodes, edges: drawn.edges, renderer: drawn.renderer };
          frames.push(...(await panAndZoom(page)));
          if (scenario.select) {
            const took = await selectNode(page, scenario.select);
            if (took !== null) selects.push(took);
          }
        } catch (caught) {
          error = (caught as Error).message.split('\n')[0];
          const shot = path.join(os.tmpdir(), `crosswalk-bench-explorer-${index + 1}.png`);
          await page.screenshot({ path: shot }).then(
            () => log(`bench: ${scenario.name} failed (${error}); the page at that moment: ${shot}`),
            () => undefined,
          );
        } finally {
          await context.close();
        }
      }
      const frame =
        frames.length > 0
          ? {
              p50: percentile(frames, 50),
              p95: percentile(frames, 95),
              max: Math.max(...frames),
              fps: 1000 / (frames.reduce((a, b) => a + b, 0) / frames.length),
            }
          : null;
      results.push({
        scenario,
        ...shape,
        ready: latency(ready),
        layout: latency(layouts),
        frame,
        select: selects.length > 0 ? latency(selects) : null,
        ...(error ? { error } : {}),
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** The explorer table for the bench report. */
export function explorerReport(measurements: ExplorerMeasurement[], runs: number): string[] {
  const lines = [
    '',
    `Explorer, in headless Chromium (${runs} runs each, software rendering: no GPU): navigation until the canvas has its data and finished layout; frame intervals while dragging across the canvas and zooming with the wheel; a click on a node until its details panel shows.`,
    '',
    '| view | nodes / edges | renderer | ready p50 / p95 ms | of which layout p50 ms | frame p50 / p95 / max ms (fps) | select p50 ms |',
    '|---|---:|---|---:|---:|---:|---:|',
  ];
  for (const m of measurements) {
    if (m.error) {
      lines.push(`| ${m.scenario.name} | – | – | failed: ${m.error.replaceAll('|', '/')} | – | – | – |`);
      continue;
    }
    const frame = m.frame
      ? `${milliseconds(m.frame.p50)} / ${milliseconds(m.frame.p95)} / ${milliseconds(m.frame.max)} (${m.frame.fps.toFixed(0)})`
      : '–';
    lines.push(
      `| ${m.scenario.name} | ${m.nodes} / ${m.edges} | ${m.renderer} | ${milliseconds(m.ready.p50)} / ${milliseconds(m.ready.p95)} | ${milliseconds(m.layout.p50)} | ${frame} | ${m.select ? milliseconds(m.select.p50) : '–'} |`,
    );
  }
  return lines;
}
