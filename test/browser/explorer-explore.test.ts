import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData } from '../support/api.js';
import { canvasSettled, startExplorer, type Explorer } from '../support/explorer.js';
import { graphFingerprint } from '../support/neo4j.js';

// The Explore view in a real Chromium against the real server and Neo4j: search, details, expand,
// hide, pin, filters, nesting, reload and back/forward from the URL, a 2,000-element neighbourhood,
// and PNG/SVG export. What the page shows is compared with the API's own answers.

const ART_9 = 'eu-ai-act:art-9';

interface GraphNode {
  id: string;
  kind: string;
  label: string;
}
interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.close();
});

async function neighbourhood(id: string, limit = 200): Promise<{ nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean }> {
  const { data } = await expectData(
    explorer.api,
    `query ($id: ID!, $limit: Int!) { neighborhood(id: $id, depth: 1, limit: $limit) { nodes { id kind label } edges { id source target type } truncated } }`,
    { id, limit },
  );
  return data.neighborhood;
}

/** What the live Cytoscape canvas holds (window.crosswalkCanvas), read in the page. */
interface CanvasSnapshot {
  ids: string[];
  kinds: Record<string, number>;
  children: Record<string, string>;
  pinned: string[];
  locked: string[];
  pan: { x: number; y: number };
  zoom: number;
}

function canvasSnapshot(page: Page): Promise<CanvasSnapshot> {
  return page.evaluate(() => {
    // Runs in the page; the test project has no DOM or Cytoscape types, so the few calls used are declared here.
    interface PageNode {
      id(): string;
      data(key: string): unknown;
      isChild(): boolean;
      parent(): { id(): string };
      hasClass(name: string): boolean;
      locked(): boolean;
    }
    const cy = (
      globalThis as unknown as {
        crosswalkCanvas: { nodes(): { toArray(): PageNode[] }; pan(): { x: number; y: number }; zoom(): number };
      }
    ).crosswalkCanvas;
    const nodes = cy.nodes().toArray();
    const kinds: Record<string, number> = {};
    const children: Record<string, string> = {};
    for (const node of nodes) {
      const kind = String(node.data('kind'));
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      if (node.isChild()) children[node.id()] = node.parent().id();
    }
    return {
      ids: nodes.map((node) => node.id()).sort(),
      kinds,
      children,
      pinned: nodes.filter((node) => node.hasClass('pinned')).map((node) => node.id()),
      locked: nodes.filter((node) => node.locked()).map((node) => node.id()),
      pan: cy.pan(),
      zoom: cy.zoom(),
    };
  });
}

/** Waits until the canvas is laid out with exactly `count` nodes and nothing is loading. */
async function canvasHolds(page: Page, count: number) {
  await expect
    .poll(
      async () => {
        const busy = await page.getByRole('region', { name: 'Canvas' }).getAttribute('aria-busy');
        const canvas = page.getByTestId('canvas');
        return `${busy}|${await canvas.getAttribute('data-node-count')}|${await canvas.getAttribute('data-layout-state')}`;
      },
      { timeout: 60_000, interval: 200 },
    )
    .toBe(`false|${count}|done`);
  return canvasSettled(page, count);
}

const params = (page: Page) => new URL(page.url()).searchParams;
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

/** Selects a node through the keyboard-reachable list under the canvas. */
async function selectFromList(page: Page, label: string) {
  const list = page.locator('details.canvas-list');
  if ((await list.getAttribute('open')) === null) await list.locator('summary').click();
  await list.getByRole('button', { name: label, exact: true }).click();
  await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(label);
}

describe('Explore view', () => {
  it('finds Art. 9 by typing and the keyboard, puts it on the canvas and shows its details', async () => {
    const { data } = await expectData(
      explorer.api,
      `{ node(id: "${ART_9}") { ... on Provision { ref title } } nodeDetails(id: "${ART_9}") { relationshipCount properties { key } } }`,
    );
    const page = await explorer.open('/?view=explore');
    // Nothing on the canvas yet: the empty state suggests where to start.
    await expect.poll(() => page.getByRole('button', { name: 'Art. 9 Risk management system' }).count()).toBe(1);

    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Risk management system');
    const wanted = page.getByRole('option', { name: new RegExp(`^${data.node.ref.replace('.', '\\.')} ${data.node.title}`) });
    await wanted.waitFor({ timeout: 20_000 });
    const options = await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').allTextContents();
    const index = options.findIndex((text) => text.startsWith(`${data.node.ref} ${data.node.title}`));
    expect(index).toBeGreaterThanOrEqual(0);
    // The first hit is active as soon as results show; each ArrowDown moves one further.
    for (let step = 0; step < index; step += 1) await search.press('ArrowDown');
    await expect.poll(() => wanted.getAttribute('aria-selected')).toBe('true');
    await search.press('Enter');

    const panel = details(page);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent(), { timeout: 20_000 }).toContain(data.node.title);
    expect(await panel.textContent()).toContain('Provision');
    expect(await panel.getByRole('heading', { name: 'Provenance' }).count()).toBe(1);
    // Every property is listed, provenance and the rest together.
    const listed = await panel.locator('dl[aria-label="Provenance"] dt, dl[aria-label="Properties"] dt').count();
    expect(listed).toBe(data.nodeDetails.properties.length);
    expect(await panel.getByRole('heading', { name: `Relationships (${data.nodeDetails.relationshipCount})` }).count()).toBe(1);

    expect(params(page).get('subject')).toBe(ART_9);
    expect(params(page).getAll('node')).toEqual([ART_9]);
    await canvasHolds(page, 1);
    expect((await canvasSnapshot(page)).ids).toEqual([ART_9]);
    await explorer.screenshot(page, 'explorer-explore-search');
  });

  it('expands, hides and pins; reload restores it from the URL; back and forward walk through it', async () => {
    const truth = await neighbourhood(ART_9);
    const section = truth.nodes.find((node) => node.kind === 'PROVISION' && node.id !== ART_9);
    expect(section, 'Art. 9 has a parent provision').toBeDefined();
    const art9Label = truth.nodes.find((node) => node.id === ART_9)!.label;

    const page = await explorer.open(`/?view=explore&node=${ART_9}&subject=${ART_9}`);
    await canvasHolds(page, 1);
    await details(page).getByRole('button', { name: 'Expand neighbours' }).click();
    await canvasHolds(page, truth.nodes.length);
    expect((await canvasSnapshot(page)).ids).toEqual(truth.nodes.map((node) => node.id).sort());
    expect(params(page).getAll('expanded')).toEqual([ART_9]);

    await selectFromList(page, section!.label);
    await details(page).getByRole('button', { name: 'Hide' }).click();
    await canvasHolds(page, truth.nodes.length - 1);
    await selectFromList(page, art9Label);
    await details(page).getByRole('button', { name: 'Pin' }).click();
    await expect.poll(async () => (await canvasSnapshot(page)).pinned).toEqual([ART_9]);

    expect(params(page).getAll('hidden')).toEqual([section!.id]);
    expect(params(page).getAll('pinned')).toEqual([ART_9]);
    expect(params(page).get('subject')).toBe(ART_9);
    const before = await canvasSnapshot(page);
    expect(before.ids).not.toContain(section!.id);
    expect(before.locked).toEqual([ART_9]);
    await explorer.screenshot(page, 'explorer-explore-expanded');

    await page.reload();
    await canvasHolds(page, truth.nodes.length - 1);
    const after = await canvasSnapshot(page);
    expect(after.ids).toEqual(before.ids);
    expect(after.pinned).toEqual([ART_9]);
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(art9Label);
    expect(await details(page).getByRole('button', { name: 'Unpin' }).count()).toBe(1);

    // Back: before the pin, then before Art. 9 was selected again (the hidden node stays hidden).
    await page.goBack();
    await expect.poll(() => params(page).getAll('pinned')).toEqual([]);
    await expect.poll(async () => (await canvasSnapshot(page)).pinned).toEqual([]);
    expect(await details(page).getByRole('button', { name: 'Pin' }).count()).toBe(1);
    await page.goBack();
    await expect.poll(() => params(page).get('subject')).toBeNull();
    expect(await details(page).getByRole('heading', { level: 2 }).count()).toBe(0);
    expect((await canvasSnapshot(page)).ids).toEqual(before.ids);
    // Forward twice: selected and pinned again.
    await page.goForward();
    await page.goForward();
    await expect.poll(() => params(page).getAll('pinned')).toEqual([ART_9]);
    await expect.poll(async () => (await canvasSnapshot(page)).pinned).toEqual([ART_9]);
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(art9Label);
    expect((await canvasSnapshot(page)).ids).toEqual(before.ids);
    await explorer.screenshot(page, 'explorer-explore-history');
  });

  it('filters by kind and nests provisions in their chapter or section', async () => {
    const truth = await neighbourhood(ART_9);
    const obligations = truth.nodes.filter((node) => node.kind === 'OBLIGATION');
    expect(obligations.length).toBeGreaterThan(0);
    const kindOf = new Map(truth.nodes.map((node) => [node.id, node.kind]));
    const nestedUnder = truth.edges.filter(
      (edge) => edge.type === 'PART_OF' && kindOf.get(edge.source) === 'PROVISION' && kindOf.get(edge.target) === 'PROVISION',
    );
    expect(nestedUnder.length).toBeGreaterThan(0);

    const page = await explorer.open(`/?view=explore&node=${ART_9}&expanded=${ART_9}&subject=${ART_9}`);
    await canvasHolds(page, truth.nodes.length);
    expect((await canvasSnapshot(page)).kinds.OBLIGATION).toBe(obligations.length);

    await page.getByRole('checkbox', { name: /^Obligation \(\d+\)$/ }).uncheck();
    await canvasHolds(page, truth.nodes.length - obligations.length);
    expect((await canvasSnapshot(page)).kinds.OBLIGATION).toBeUndefined();
    expect(params(page).getAll('kind')).not.toContain('OBLIGATION');
    expect(params(page).getAll('kind').length).toBeGreaterThan(0);

    await page.getByRole('checkbox', { name: 'Nest provisions in their chapter/topic' }).check();
    await expect
      .poll(async () => (await canvasSnapshot(page)).children)
      .toEqual(Object.fromEntries(nestedUnder.map((edge) => [edge.source, edge.target])));
    expect(params(page).get('nested')).toBe('1');
    await canvasSettled(page, 1);
    await explorer.screenshot(page, 'explorer-explore-filters');

    // Filters replace the history entry rather than add one: back leaves the view's first state behind.
    await page.getByRole('checkbox', { name: /^Obligation \(\d+\)$/ }).check();
    await canvasHolds(page, truth.nodes.length);
    expect(params(page).getAll('kind')).toEqual([]);
  });

  it('says when the API cannot be reached and recovers with Retry', async () => {
    const truth = await neighbourhood(ART_9);
    const page = await explorer.open('/?view=explore');
    await page.route('**/graphql', (route) => route.abort());
    await page.goto(`${explorer.api.url}/?view=explore&node=${ART_9}&expanded=${ART_9}&subject=${ART_9}`);
    const alerts = page.getByRole('alert');
    // One for the neighbourhood, one for the details panel: never a blank page.
    await expect.poll(() => alerts.count(), { timeout: 20_000 }).toBe(2);
    expect(await alerts.first().textContent()).toContain('cannot be reached');
    await explorer.screenshot(page, 'explorer-explore-api-down');

    await page.unroute('**/graphql');
    // Each Retry re-runs its own query; its alert goes once the answer is in.
    const retries = page.getByRole('button', { name: 'Retry' });
    await expect
      .poll(
        async () => {
          if ((await retries.count()) > 0)
            await retries
              .first()
              .click({ timeout: 2000 })
              .catch(() => undefined);
          return retries.count();
        },
        { timeout: 30_000 },
      )
      .toBe(0);
    await canvasHolds(page, truth.nodes.length);
    await expect.poll(() => alerts.count()).toBe(0);
    await expect
      .poll(() => details(page).getByRole('heading', { level: 2 }).textContent())
      .toBe(truth.nodes.find((node) => node.id === ART_9)!.label);
  });

  it('exports the canvas as PNG and SVG', async () => {
    const truth = await neighbourhood(ART_9);
    const page = await explorer.open(`/?view=explore&node=${ART_9}&expanded=${ART_9}&subject=${ART_9}`);
    await canvasHolds(page, truth.nodes.length);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const pngBytes = await readFile(await png.path());
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const svgText = await readFile(await svg.path(), 'utf8');
    expect(svgText).toContain('<svg');
    await explorer.screenshot(page, 'explorer-explore-export');
  });
});

describe('Explore view with a 2,000-element neighbourhood', () => {
  // A synthetic vendor supplying 1,000 AI systems of the test's own ids: 1,001 nodes and 1,000 edges.
  // The systems have no name (their label is their id): a thousand named nodes would enter the
  // full-text index, whose statistics outlive their deletion and would reorder later search tests.
  const HUB = 'vendor:e2e-hub';
  const SYSTEMS = 1000;
  let fingerprint: string;

  beforeAll(async () => {
    fingerprint = await graphFingerprint(explorer.api.driver);
    await explorer.api.cypher(
      `CREATE (v:Vendor {id: $hub, name: 'E2E hub vendor', country: 'NL', riskTier: 'LOW'})
       WITH v UNWIND range(1, $count) AS i
       CREATE (:AISystem {id: 'system:e2e-hub-' + right('000' + toString(i), 4),
                          riskClass: 'MINIMAL', roles: ['DEPLOYER'], lifecycleStage: 'DEPLOYED'})-[:SUPPLIED_BY]->(v)`,
      { hub: HUB, count: SYSTEMS },
    );
  });

  afterAll(async () => {
    await explorer.api.cypher(`MATCH (n) WHERE n.id = $hub OR n.id STARTS WITH 'system:e2e-hub-' DETACH DELETE n`, { hub: HUB });
    expect(await graphFingerprint(explorer.api.driver)).toBe(fingerprint);
  });

  it('stays interactive: pans, zooms and selects a node', async () => {
    const truth = await neighbourhood(HUB, 2000);
    expect(truth.nodes.length).toBe(SYSTEMS + 1);
    expect(truth.truncated).toBe(false);
    const { data } = await expectData(explorer.api, `{ nodeDetails(id: "${HUB}") { relationshipCount relationships { edge { id } } } }`);

    const page = await explorer.open(`/?view=explore&node=${HUB}&expanded=${HUB}&subject=${HUB}&limit=2000`);
    const counts = await canvasHolds(page, truth.nodes.length);
    expect(counts.nodes + counts.edges).toBe(truth.nodes.length + truth.edges.length);
    expect(counts.nodes + counts.edges).toBeGreaterThanOrEqual(2000);
    // The details panel lists the first relationships and says how many more there are.
    const more = data.nodeDetails.relationshipCount - data.nodeDetails.relationships.length;
    await expect.poll(() => details(page).getByText(`${more} more relationships`).count(), { timeout: 20_000 }).toBe(1);

    const canvas = page.getByTestId('canvas');
    const box = (await canvas.boundingBox())!;
    const start = await canvasSnapshot(page);

    // Pan: drag from a corner, outside the fitted graph's padding, so the drag grabs no node.
    await page.mouse.move(box.x + 8, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 90, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await canvasSnapshot(page)).pan).not.toEqual(start.pan);

    // Zoom: the mouse wheel over the middle of the canvas (in, unless the fit already zoomed far in).
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, start.zoom < 2 ? -600 : 600);
    await expect.poll(async () => (await canvasSnapshot(page)).zoom).not.toBe(start.zoom);
    const moved = await canvasSnapshot(page);
    expect(moved.pan).not.toEqual(start.pan);
    await canvasSettled(page, truth.nodes.length);

    // Select: click a system node where it is drawn, one no other node overlaps.
    const target = await page.evaluate(
      ([width, height]) => {
        interface Box {
          x1: number;
          x2: number;
          y1: number;
          y2: number;
        }
        interface PageNode {
          id(): string;
          data(key: string): unknown;
          renderedPosition(): { x: number; y: number };
          renderedBoundingBox(): Box;
        }
        const cy = (globalThis as unknown as { crosswalkCanvas: { nodes(): { toArray(): PageNode[] } } }).crosswalkCanvas;
        const nodes = cy.nodes().toArray();
        const inside = (box: Box, x: number, y: number) => x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2;
        for (const node of nodes) {
          if (!node.id().startsWith('system:e2e-hub-')) continue;
          const { x, y } = node.renderedPosition();
          if (x < 40 || y < 40 || x > width! - 40 || y > height! - 40) continue;
          if (nodes.some((other) => other !== node && inside(other.renderedBoundingBox(), x, y))) continue;
          return { id: node.id(), label: String(node.data('label')), x, y };
        }
        return null;
      },
      [box.width, box.height],
    );
    expect(target, 'a system node drawn on its own inside the viewport').not.toBeNull();
    await page.mouse.click(box.x + target!.x, box.y + target!.y);
    await expect.poll(() => params(page).get('subject')).toBe(target!.id);
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent(), { timeout: 20_000 }).toBe(target!.label);
    await explorer.screenshot(page, 'explorer-explore-large');
  });
});
