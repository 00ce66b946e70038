import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasSettled, startExplorer, type Explorer } from '../support/explorer.js';

// The crosswalk and matrix views in a real browser against the real API: what the page shows is
// compared with the API's own answer (or Cypher), never with numbers written here.

let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.close();
});

/** A demo control that reaches the Act only through ISO/IEC 42001 (graph/data/demo/controls.json). */
const DEMO_CONTROL = { id: 'control:TST-01', code: 'TST-01' };

const WORDS: Record<string, string> = {
  EQUAL: 'equal',
  SUBSET_OF: 'subset of',
  SUPERSET_OF: 'superset of',
  INTERSECTS_WITH: 'intersects with',
  INDETERMINATE: 'indeterminate',
};

interface PathNode {
  id: string;
  kind: string;
  label: string;
}
interface PathEdge {
  id: string;
  source: string;
  target: string;
}
interface Satisfaction {
  target: { id: string; ref?: string; title?: string; code?: string };
  relationship: string;
  strength: number;
  coverage: string;
  direct: boolean;
  hops: number;
  paths: { nodes: PathNode[]; edges: PathEdge[] }[];
}

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await explorer.api.gql<T>(query, variables);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!;
}

/** The label the explorer gives a provision or obligation (as the API's GraphNode does). */
const targetLabel = (target: Satisfaction['target']) =>
  target.ref ? `${target.ref} ${target.title ?? ''}`.trim() : (target.code ?? target.id);

/** Ids of the live canvas's elements matching a selector (the page exposes its Cytoscape core for tests). */
function canvasIds(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((wanted) => {
    const cy = (
      globalThis as unknown as { crosswalkCanvas: { elements(s: string): { map(f: (e: { id(): string }) => string): string[] } } }
    ).crosswalkCanvas;
    return cy.elements(wanted).map((element) => element.id());
  }, selector);
}

function canvasData(page: Page, id: string, key: string): Promise<unknown> {
  return page.evaluate(
    ([elementId, field]) => {
      const cy = (globalThis as unknown as { crosswalkCanvas: { getElementById(i: string): { data(k: string): unknown } } })
        .crosswalkCanvas;
      return cy.getElementById(elementId!).data(field!);
    },
    [id, key],
  );
}

/** The texts of a table's body cells, row by row. */
function tableCells(page: Page, tableName: RegExp): Promise<string[][]> {
  return page
    .getByRole('table', { name: tableName })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        (Array.from((row as unknown as { cells: ArrayLike<{ innerText: string }> }).cells) as { innerText: string }[]).map((cell) =>
          cell.innerText.trim(),
        ),
      ),
    );
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const SATISFACTION = `query ($controlId: ID!) {
  satisfaction(controlId: $controlId) {
    target { id ... on Provision { ref title } ... on Obligation { code } }
    relationship strength coverage direct hops
    paths { nodes { id kind label } edges { id source target } }
  }
}`;

describe('the crosswalk view', () => {
  it('picks a demo control with the keyboard and shows what it satisfies, direct apart from derived, with explaining paths', async () => {
    const { satisfaction } = await data<{ satisfaction: Satisfaction[] }>(SATISFACTION, { controlId: DEMO_CONTROL.id });
    expect(satisfaction.length).toBeGreaterThan(0);
    const derived = satisfaction.filter((result) => !result.direct);
    expect(derived.length).toBeGreaterThan(0);

    const page = await explorer.open('/?view=crosswalk');
    const picker = page.getByRole('combobox', { name: 'Pick a control, article or obligation' });
    await picker.fill(DEMO_CONTROL.code);
    await expect
      .poll(async () => (await page.getByRole('option').allInnerTexts())[0] ?? '', { timeout: 20_000 })
      .toContain(DEMO_CONTROL.code);
    await picker.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('subject') === DEMO_CONTROL.id);

    const tableName = new RegExp(`^What ${DEMO_CONTROL.code} .* satisfies$`);
    await page.getByRole('table', { name: tableName }).waitFor();
    const rows = await tableCells(page, tableName);
    expect(rows).toHaveLength(satisfaction.length);
    // The table keeps the API's order (strongest first): row i is result i.
    satisfaction.forEach((result, index) => {
      const [target, , relationship, strength, coverage, link, hops] = rows[index]!;
      expect(target!.startsWith(targetLabel(result.target))).toBe(true);
      expect(relationship).toBe(WORDS[result.relationship]);
      expect(Number(strength)).toBe(result.strength);
      expect(coverage).toBe(result.coverage === 'FULL' ? 'Full' : 'Partial');
      expect(link).toBe(result.direct ? 'Direct' : 'Derived');
      expect(Number(hops)).toBe(result.hops);
    });

    // The canvas: the control and every target, nothing else until a result is explained.
    const settled = await canvasSettled(page, satisfaction.length + 1);
    expect(settled.nodes).toBe(satisfaction.length + 1);
    const onCanvas = (await canvasIds(page, 'node')).filter((id) => id !== DEMO_CONTROL.id).sort();
    expect(onCanvas).toEqual(satisfaction.map((result) => result.target.id).sort());
    // A derived result is an edge of its own, labelled with the composed relationship and strength.
    const example = derived[0]!;
    const derivedEdge = `derived:${DEMO_CONTROL.id}->${example.target.id}`;
    expect(await canvasData(page, derivedEdge, 'label')).toBe(`derived: ${WORDS[example.relationship]} · ${example.strength}`);

    // Explaining it: the side panel lists each path's nodes, the canvas draws and highlights them.
    const exampleIndex = satisfaction.indexOf(example);
    await page
      .getByRole('table', { name: tableName })
      .locator('tbody tr')
      .nth(exampleIndex)
      .getByRole('button', { name: 'Explain' })
      .click();
    await page.waitForURL((url) => url.searchParams.get('focus') === example.target.id);
    const panel = page.getByRole('region', { name: 'Explaining paths' });
    await expect.poll(() => panel.innerText()).toContain(`Why ${DEMO_CONTROL.code} satisfies`);
    const pathNodeIds = [...new Set(example.paths.flatMap((path) => path.nodes.map((node) => node.id)))];
    const { nodes } = await data<{ nodes: { id: string; ref?: string; code?: string }[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Provision { ref } ... on Control { code } ... on Obligation { code } } }`,
      { ids: pathNodeIds },
    );
    const panelText = await panel.innerText();
    for (const node of nodes) expect(panelText).toContain(node.ref ?? node.code);
    expect(await panel.getByRole('listitem').count()).toBe(example.paths.length);

    await canvasSettled(page, pathNodeIds.length);
    const highlighted = new Set(await canvasIds(page, '.highlighted'));
    for (const path of example.paths) {
      for (const node of path.nodes) expect(highlighted.has(node.id), node.id).toBe(true);
      for (const edge of path.edges) expect(highlighted.has(edge.id), edge.id).toBe(true);
    }
    expect(highlighted.has(derivedEdge)).toBe(true);
    await explorer.screenshot(page, 'explorer-crosswalk-control');
  });

  it('lists the controls that satisfy Art. 9, as controlsFor does, with their evidence freshness', async () => {
    const { controlsFor } = await data<{
      controlsFor: {
        control: { id: string; code: string };
        satisfaction: { direct: boolean };
        evidence: { current: number; expiring: number; expired: number; total: number; best: string | null };
      }[];
    }>(
      `{ controlsFor(id: "eu-ai-act:art-9") { control { id code } satisfaction { direct } evidence { current expiring expired total best } } }`,
    );
    expect(controlsFor.length).toBeGreaterThan(0);

    const page = await explorer.open('/?view=crosswalk');
    await page.getByRole('link', { name: /^Art\. 9 / }).click();
    await page.waitForURL((url) => url.searchParams.get('subject') === 'eu-ai-act:art-9');
    const tableName = /^Controls that satisfy Art\. 9 /;
    await page.getByRole('table', { name: tableName }).waitFor();
    const rows = await tableCells(page, tableName);
    expect(rows.map((row) => row[0]!.split(' ')[0])).toEqual(controlsFor.map((item) => item.control.code));
    controlsFor.forEach((item, index) => {
      const row = rows[index]!.join(' | ');
      const { evidence } = item;
      if (evidence.total === 0) expect(row).toContain('No evidence');
      else {
        expect(row).toContain(`${evidence.current} current`);
        expect(row).toContain(`${evidence.expiring} expiring`);
        expect(row).toContain(`${evidence.expired} expired`);
      }
      const best = evidence.best ? evidence.best.charAt(0) + evidence.best.slice(1).toLowerCase() : 'None';
      expect(rows[index]!.at(-2)).toBe(best);
      expect(row).toContain(item.satisfaction.direct ? 'Direct' : 'Derived');
    });
    const settled = await canvasSettled(page, controlsFor.length + 1);
    expect(settled.nodes).toBe(controlsFor.length + 1);
    const onCanvas = (await canvasIds(page, 'node')).filter((id) => id !== 'eu-ai-act:art-9').sort();
    expect(onCanvas).toEqual(controlsFor.map((item) => item.control.id).sort());
    await explorer.screenshot(page, 'explorer-crosswalk-article');
  });

  it('exports the table as CSV: one line per row and a header, the same content as the table', async () => {
    const page = await explorer.open(`/?view=crosswalk&subject=${encodeURIComponent(DEMO_CONTROL.id)}`);
    const tableName = new RegExp(`^What ${DEMO_CONTROL.code} .* satisfies$`);
    const table = page.getByRole('table', { name: tableName });
    await table.waitFor();
    const rows = await tableCells(page, tableName);
    const headers = (await table.locator('thead th').allInnerTexts())
      .map((text) => text.replace(/[▲▼]/g, '').trim())
      .filter((text) => text !== 'Action');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^crosswalk-.*\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    const lines = text.split('\r\n').filter((line) => line.length > 0);
    expect(lines).toHaveLength(rows.length + 1);
    const csv = parseCsv(text).filter((row) => row.some((cell) => cell !== ''));
    expect(csv[0]).toEqual(headers);
    csv.slice(1).forEach((values, index) => {
      // Each shown cell starts with the exported value (a target's cell adds an obligation's summary below).
      values.forEach((value, column) => expect(rows[index]![column]!.startsWith(value), `${value} in row ${index}`).toBe(true));
    });
    await explorer.screenshot(page, 'explorer-crosswalk-export');
  });
});

describe('the crosswalk view’s empty and error states', () => {
  const id = `control:E2E-CW-${Date.now()}`;
  afterAll(async () => {
    await explorer.api.cypher('MATCH (c:Control {id: $id}) DETACH DELETE c', { id });
  });

  it('says so when a control satisfies nothing yet, and offers a retry when the subject cannot be loaded', async () => {
    await explorer.api.cypher('CREATE (:Control {id: $id, code: $code, name: "Crosswalk e2e control"})', {
      id,
      code: id.slice('control:'.length),
    });
    const page = await explorer.open(`/?view=crosswalk&subject=${encodeURIComponent(id)}`);
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContainEqual(expect.stringContaining('satisfies nothing yet'));
    expect(await page.getByTestId('canvas').count()).toBe(0);

    await page.goto(`${explorer.api.url}/?view=crosswalk&subject=${encodeURIComponent('control:NO-SUCH-CONTROL')}`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('No control with id');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => alert.innerText()).toContain('No control with id');
    await explorer.screenshot(page, 'explorer-crosswalk-error');
  });
});

describe('the matrix view', () => {
  it('has one cell per Act↔ISO pair the crosswalk maps, opens a cell’s rationale and source, and keeps it open on reload', async () => {
    const pairs = await explorer.api.cypher(
      `MATCH (a:Provision)-[m:MAPS_TO]-(b:Provision)
       WHERE a.framework = 'eu-ai-act' AND b.framework = 'iso42001'
       RETURN m.id AS id, a.id AS act, a.ref AS actRef, a.kind AS actKind, b.id AS iso, b.ref AS isoRef ORDER BY m.id`,
    );
    expect(pairs.length).toBeGreaterThan(0);
    const distinctPairs = new Set(pairs.map((pair) => `${pair.act}|${pair.iso}`));

    const page = await explorer.open('/?view=matrix');
    const cells = page.locator('button.matrix-cell');
    await cells.first().waitFor({ timeout: 60_000 });
    expect(await cells.count()).toBe(distinctPairs.size);
    const perCell = await cells.evaluateAll((buttons) =>
      buttons.map((button) => Number((button as unknown as { dataset: { mappings: string } }).dataset.mappings)),
    );
    expect(perCell.reduce((sum, count) => sum + count, 0)).toBe(pairs.length);

    // Open one cell by its accessible name, and compare the panel with the API's mapping.
    const chosen = pairs.find((pair) => pair.id === 'mapping:iso42001:A.6.2.4>eu-ai-act:art-15') ?? pairs[0]!;
    const { provisions } = await data<{
      provisions: { nodes: { mappings: { nodes: { id: string; rationale: string; sources: string[] }[] } }[] };
    }>(`query ($ids: [ID!]) { provisions(filter: { ids: $ids }) { nodes { mappings(first: 100) { nodes { id rationale sources } } } } }`, {
      ids: [chosen.act],
    });
    const mapping = provisions.nodes[0]!.mappings.nodes.find((item) => item.id === chosen.id)!;
    expect(mapping).toBeDefined();
    const cellName = new RegExp(`^${escapeRegExp(String(chosen.actRef))} × ${escapeRegExp(String(chosen.isoRef))}: .+, strength \\d+`);
    await page.getByRole('button', { name: cellName }).click();
    await page.waitForURL((url) => url.searchParams.get('focus') === chosen.id);
    const panel = page.getByRole('complementary', { name: `${chosen.actRef} × ${chosen.isoRef}` });
    const checkPanel = async () => {
      await panel.waitFor();
      expect((await panel.locator('[data-field="rationale"]').innerText()).trim()).toBe(mapping.rationale);
      expect(await panel.locator('[data-field="sources"] li').allInnerTexts()).toEqual(mapping.sources);
    };
    await checkPanel();
    await explorer.screenshot(page, 'explorer-matrix-cell');

    await page.reload();
    await checkPanel();
    expect(await page.getByRole('button', { name: cellName }).getAttribute('aria-pressed')).toBe('true');

    // The matrix as CSV: a header and one line per row.
    const rowCount = await page.locator('table.matrix tbody tr').count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = parseCsv(await readFile(await download.path(), 'utf8')).filter((row) => row.some((cell) => cell !== ''));
    expect(csv).toHaveLength(rowCount + 1);
    const filled = csv.slice(1).reduce((sum, row) => sum + row.slice(2).filter((cell) => cell !== '').length, 0);
    expect(filled).toBe(distinctPairs.size);

    // Every article on request: one row per article, plus any other Act provision with a mapping.
    const [{ articles }] = (await explorer.api.cypher(
      `MATCH (a:Provision {framework: 'eu-ai-act', kind: 'ARTICLE'}) RETURN count(a) AS articles`,
    )) as [{ articles: { toNumber(): number } }];
    const otherMappedRows = new Set(pairs.filter((pair) => pair.actKind !== 'ARTICLE').map((pair) => pair.act)).size;
    await page.getByRole('checkbox', { name: /Show every article and clause/ }).check();
    await page.waitForURL((url) => url.searchParams.get('all') === '1');
    await expect.poll(() => page.locator('table.matrix tbody tr').count()).toBe(articles.toNumber() + otherMappedRows);
    expect(await cells.count()).toBe(distinctPairs.size);
  });
});
