import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData } from '../support/api.js';
import { canvasSettled, startExplorer, type Explorer } from '../support/explorer.js';

// The Impact view in a real Chromium against the real server and Neo4j: picking the changed node,
// the layered canvas and the table, the what-if coverage difference, CSV export, and back/forward.
// What the page shows is compared with the API's own answers, never with numbers written here.

const VENDOR = 'vendor:halvard-ai';
const CONTROL = 'control:SUP-02';
const LISTS = ['aiSystems', 'obligations', 'controls', 'evidence', 'owners'] as const;
type List = (typeof LISTS)[number];
/** The kind each list holds, as the table's Kind column names it. */
const KIND_WORD: Record<List, string> = {
  aiSystems: 'AI system',
  obligations: 'Obligation',
  controls: 'Control',
  evidence: 'Evidence',
  owners: 'Owner',
};
const STATUS_WORD: Record<string, string> = {
  COVERED: 'Covered',
  PARTIAL: 'Partial',
  STALE_EVIDENCE: 'Stale evidence',
  UNCOVERED: 'Uncovered',
};

interface ApiItem {
  node: { id: string };
  path: { nodes: { id: string }[]; edges: { id: string }[] };
}
type ApiImpact = Record<List, ApiItem[]> & { of: { id: string }; counts: Record<List, number>; truncated: boolean };

let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.close();
});

/** The API's impact of a node, with the arguments the page uses (maxDepth 4, limit 500). */
async function apiImpact(of: string): Promise<ApiImpact> {
  const item = 'node { id } path { nodes { id } edges { id } }';
  const { data } = await expectData(
    explorer.api,
    `query ($of: ID!) { impact(of: $of, maxDepth: 4, limit: 500) {
      of { id } counts { aiSystems obligations controls evidence owners } truncated
      aiSystems { ${item} } obligations { ${item} } controls { ${item} } evidence { ${item} } owners { ${item} }
    } }`,
    { of },
  );
  return data.impact as ApiImpact;
}

/** The API's what-if rows for removing a node: system, obligation, before, after. */
async function apiWhatIfChanges(removeId: string): Promise<string[]> {
  const { data } = await expectData(
    explorer.api,
    `query ($ids: [ID!]!) { whatIf(removeIds: $ids) { systems { aiSystem { id } changes { obligation { id } before after } } } }`,
    { ids: [removeId] },
  );
  const systems = data.whatIf.systems as {
    aiSystem: { id: string };
    changes: { obligation: { id: string }; before: string; after: string }[];
  }[];
  return systems
    .flatMap((system) =>
      system.changes.map((change) =>
        [system.aiSystem.id, change.obligation.id, STATUS_WORD[change.before], STATUS_WORD[change.after]].join(' | '),
      ),
    )
    .sort();
}

/** Every id of an impact by list, sorted. */
const idsByList = (impact: ApiImpact) => Object.fromEntries(LISTS.map((list) => [list, impact[list].map((item) => item.node.id).sort()]));

/** The cells of a table's body rows, as text. */
function tableCells(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from((row as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells, (cell) =>
          (cell.textContent ?? '').trim(),
        ),
      ),
    );
}

const impactTable = (page: Page) => page.getByRole('table', { name: /^What a change to .* touches/ });
const changesTable = (page: Page) => page.getByRole('table', { name: 'Obligations that would change status' });

/** The table's ids per list, read from its Kind and Id columns. */
async function tableIdsByList(page: Page): Promise<Record<string, string[]>> {
  const rows = await tableCells(impactTable(page));
  return Object.fromEntries(
    LISTS.map((list) => [
      list,
      rows
        .filter((cells) => cells[1] === KIND_WORD[list])
        .map((cells) => cells[2]!)
        .sort(),
    ]),
  );
}

/** Node ids on the live Cytoscape canvas. */
function canvasNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (globalThis as unknown as { crosswalkCanvas: { nodes(): { map<T>(f: (node: { id(): string }) => T): T[] } } })
      .crosswalkCanvas;
    return cy.nodes().map((node) => node.id());
  });
}

/** The what-if changes table as "system | obligation | before | after" lines; none when the page says nothing would change. */
async function pageWhatIfChanges(page: Page): Promise<string[]> {
  const section = page.getByRole('region', { name: /^What if .* were removed$/ });
  await expect
    .poll(
      async () =>
        (await section
          .getByRole('status')
          .filter({ hasText: /^Without / })
          .count()) > 0,
      { timeout: 30_000 },
    )
    .toBe(true);
  if ((await changesTable(page).count()) === 0) {
    await expect.poll(() => section.getByText('No obligation would change status.').isVisible()).toBe(true);
    return [];
  }
  const rows = await tableCells(changesTable(page));
  // Columns: AI system, System id, Obligation, Obligation id, Summary, Before, After ("→ Uncovered").
  return rows.map((cells) => [cells[1], cells[3], cells[5], cells[6]!.replace(/^→\s*/, '')].join(' | ')).sort();
}

/** One of the page's one-click examples (the table may hold a link of the same name). */
const exampleLink = (page: Page, name: RegExp) =>
  page.getByRole('list', { name: /^Examples from the demo organisation/ }).getByRole('link', { name });

async function waitForSubject(page: Page, label: RegExp) {
  await expect.poll(() => page.getByRole('heading', { level: 2, name: label }).count(), { timeout: 30_000 }).toBe(1);
}

describe('Impact view', () => {
  it('picks the vendor with the keyboard; the table holds the API lists and the canvas the distinct nodes of their paths', async () => {
    const page = await explorer.open('/?view=impact');
    const picker = page.getByRole('combobox', { name: 'Pick a vendor, model, control or evidence item' });
    await picker.fill('Halvard AI');
    const options = page.getByRole('listbox', { name: /results$/ }).getByRole('option');
    await expect.poll(() => options.filter({ hasText: 'Halvard AI SAS' }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const labels = await options.allTextContents();
    const index = labels.findIndex((text) => text.includes('Halvard AI SAS'));
    for (let step = 0; step < index; step += 1) await picker.press('ArrowDown');
    await expect.poll(() => options.nth(index).getAttribute('aria-selected')).toBe('true');
    await picker.press('Enter');

    await expect.poll(() => new URL(page.url()).searchParams.get('subject')).toBe(VENDOR);
    await waitForSubject(page, /^A change to Halvard AI SAS/);
    const impact = await apiImpact(VENDOR);
    expect(impact.truncated).toBe(false);
    expect(impact.counts.aiSystems).toBeGreaterThan(1);

    // The table: the same ids per kind as the API's lists.
    await expect
      .poll(() => impactTable(page).locator('tbody tr').count(), { timeout: 30_000 })
      .toBe(LISTS.reduce((sum, list) => sum + impact[list].length, 0));
    expect(await tableIdsByList(page)).toEqual(idsByList(impact));
    // Summary counts are the API's complete counts.
    for (const list of LISTS) {
      await expect(page.locator(`.impact-counts li[data-list="${list}"] strong`).textContent()).resolves.toBe(String(impact.counts[list]));
    }

    // The canvas: every node on the items' paths once (none of the demo's lists reaches the drawing cap).
    const pathNodes = new Set([
      impact.of.id,
      ...LISTS.flatMap((list) => impact[list].flatMap((item) => item.path.nodes.map((node) => node.id))),
    ]);
    const pathEdges = new Set(LISTS.flatMap((list) => impact[list].flatMap((item) => item.path.edges.map((edge) => edge.id))));
    const settled = await canvasSettled(page, pathNodes.size);
    expect(settled.nodes).toBe(pathNodes.size);
    expect(settled.edges).toBe(pathEdges.size);
    expect((await canvasNodeIds(page)).sort()).toEqual([...pathNodes].sort());

    // Showing an item's path selects its row and tells the path hop by hop, each node linked to Explore.
    const firstSystem = impact.aiSystems[0]!;
    const row = impactTable(page).locator('tbody tr').filter({ hasText: firstSystem.node.id });
    await row.getByRole('button', { name: 'Show path' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe(firstSystem.node.id);
    await expect(row.getAttribute('aria-selected')).resolves.toBe('true');
    const panel = page.getByRole('complementary', { name: 'Why it is affected' });
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(firstSystem.path.nodes.length);
    const highlighted = await page.evaluate(() => {
      const cy = (
        globalThis as unknown as { crosswalkCanvas: { elements(selector: string): { map<T>(f: (element: { id(): string }) => T): T[] } } }
      ).crosswalkCanvas;
      return cy.elements('.highlighted').map((element) => element.id());
    });
    expect(highlighted.sort()).toEqual(
      [...firstSystem.path.nodes.map((node) => node.id), ...firstSystem.path.edges.map((edge) => edge.id)].sort(),
    );
    const explore = row.getByRole('link', { name: /open in Explore/ });
    expect(new URL((await explore.getAttribute('href'))!, explorer.api.url).searchParams.get('view')).toBe('explore');
    await explorer.screenshot(page, 'explorer-impact-vendor');
  });

  it('"What if removed" shows the API\'s coverage changes, is kept in the URL and survives a reload', async () => {
    const page = await explorer.open(`/?view=impact&subject=${encodeURIComponent(VENDOR)}`);
    await waitForSubject(page, /^A change to Halvard AI SAS/);
    const toggle = page.getByRole('checkbox', { name: 'What if removed' });
    await toggle.check();
    await expect.poll(() => new URL(page.url()).searchParams.get('whatIf')).toBe('1');
    await expect(page.getByRole('note').filter({ hasText: 'nothing is removed or written' }).count()).resolves.toBe(1);
    expect(await pageWhatIfChanges(page)).toEqual(await apiWhatIfChanges(VENDOR));

    // A control whose removal does change coverage: the rows match the API's, before → after.
    await exampleLink(page, /^SUP-02 /).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('subject')).toBe(CONTROL);
    expect(new URL(page.url()).searchParams.get('whatIf')).toBe('1');
    await waitForSubject(page, /^A change to SUP-02/);
    const expected = await apiWhatIfChanges(CONTROL);
    expect(expected.length).toBeGreaterThan(0);
    expect(await pageWhatIfChanges(page)).toEqual(expected);

    await page.reload();
    await waitForSubject(page, /^A change to SUP-02/);
    await expect(page.getByRole('checkbox', { name: 'What if removed' }).isChecked()).resolves.toBe(true);
    expect(await pageWhatIfChanges(page)).toEqual(expected);
    await explorer.screenshot(page, 'explorer-impact-what-if');

    await page.getByRole('checkbox', { name: 'What if removed' }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('whatIf')).toBe(null);
    await expect.poll(() => page.getByRole('region', { name: /^What if / }).count()).toBe(0);
  });

  it("exports the table as CSV: a header and one line per row, with the API's ids", async () => {
    const page = await explorer.open(`/?view=impact&subject=${encodeURIComponent(VENDOR)}`);
    await waitForSubject(page, /^A change to Halvard AI SAS/);
    const impact = await apiImpact(VENDOR);
    const rows = LISTS.reduce((sum, list) => sum + impact[list].length, 0);
    await expect.poll(() => impactTable(page).locator('tbody tr').count(), { timeout: 30_000 }).toBe(rows);
    const section = page.getByRole('region', { name: 'Every affected item' });
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^crosswalk-impact-halvard-ai-sas-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n').filter((line) => line.length > 0);
    expect(lines[0]).toBe('Layer,Kind,Id,Name,Detail,Relationship,Coverage,Strength,Why');
    expect(lines).toHaveLength(rows + 1);
    // Layer, Kind and Id never hold a comma or a quote: the third field is the id.
    const ids = lines.slice(1).map((line) => line.split(',')[2]!);
    expect(ids.sort()).toEqual(LISTS.flatMap((list) => impact[list].map((item) => item.node.id)).sort());
    await explorer.screenshot(page, 'explorer-impact-csv');
  });

  it('back and forward between two subjects restore each', async () => {
    const page = await explorer.open(`/?view=impact&subject=${encodeURIComponent(VENDOR)}`);
    await waitForSubject(page, /^A change to Halvard AI SAS/);
    const vendor = await apiImpact(VENDOR);
    const control = await apiImpact(CONTROL);
    await exampleLink(page, /^SUP-02 /).click();
    await waitForSubject(page, /^A change to SUP-02/);
    expect(await tableIdsByList(page)).toEqual(idsByList(control));

    await page.goBack();
    await waitForSubject(page, /^A change to Halvard AI SAS/);
    expect(new URL(page.url()).searchParams.get('subject')).toBe(VENDOR);
    await expect.poll(() => impactTable(page).locator('tbody tr').count()).toBe(LISTS.reduce((sum, list) => sum + vendor[list].length, 0));
    expect(await tableIdsByList(page)).toEqual(idsByList(vendor));

    await page.goForward();
    await waitForSubject(page, /^A change to SUP-02/);
    expect(new URL(page.url()).searchParams.get('subject')).toBe(CONTROL);
    expect(await tableIdsByList(page)).toEqual(idsByList(control));
    await canvasSettled(page, 2);
    await explorer.screenshot(page, 'explorer-impact-back-forward');
  });

  it("an unknown subject shows the API's error with a retry, never a blank page", async () => {
    const page = await explorer.open('/?view=impact&subject=vendor%3Anobody-crosswalk-test');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
    await expect(alert.textContent()).resolves.toMatch(/Could not load the impact\..*vendor:nobody-crosswalk-test/);
    await expect(alert.getByRole('button', { name: 'Retry' }).isVisible()).resolves.toBe(true);
    await explorer.screenshot(page, 'explorer-impact-error');
  });
});
