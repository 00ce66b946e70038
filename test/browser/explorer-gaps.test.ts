import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasSettled, startExplorer, type Explorer } from '../support/explorer.js';

// The Gaps view in a real browser against the real API and Neo4j: what it shows is compared with
// what the API answers for the same question, never with numbers written here.
let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.close();
});

interface GapsAnswer {
  gaps: {
    totalCount: number;
    nodes: { aiSystem: { id: string; name: string }; obligation: { id: string; code: string } }[];
    summary: { bySystem: { key: string; label: string; total: number }[] };
  };
}

async function apiGaps(variables: Record<string, unknown>, first = 1): Promise<GapsAnswer['gaps']> {
  const response = await explorer.api.gql<GapsAnswer>(
    `query ($aiSystemId: ID, $asOf: Date, $filter: GapFilter, $first: Int) {
      gaps(aiSystemId: $aiSystemId, asOf: $asOf, filter: $filter, first: $first) {
        totalCount
        nodes { aiSystem { id name } obligation { id code } }
        summary { bySystem { key label total } }
      }
    }`,
    { first, ...variables },
  );
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!.gaps;
}

const rowsRegion = (page: Page) => page.getByRole('region', { name: 'Obligations per AI system' });

/** The data rows of the gap tables (header rows hold column headers, not cells). */
const gapRows = (page: Page): Locator =>
  rowsRegion(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

/** Waits until every page of rows is in: the table says "N rows". */
async function rowsLoaded(page: Page, total: number) {
  await expect
    .poll(() => rowsRegion(page).getByRole('status').first().innerText(), { timeout: 60_000 })
    .toMatch(new RegExp(`^\\s*${total} rows?\\b`));
}

describe('Gaps view', () => {
  it('filters by status through a checkbox, keeps the filter in the URL and after a reload', async () => {
    const uncovered = await apiGaps({ filter: { status: ['UNCOVERED'] } });
    expect(uncovered.totalCount).toBeGreaterThan(0);
    const page = await explorer.open('/?view=gaps');
    await expect.poll(() => rowsRegion(page).getByRole('status').first().innerText(), { timeout: 60_000 }).toMatch(/^\s*\d+ rows?\b/);

    await page.getByRole('checkbox', { name: 'Uncovered' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('status')).toEqual(['UNCOVERED']);
    await rowsLoaded(page, uncovered.totalCount);
    expect(await gapRows(page).count()).toBe(uncovered.totalCount);
    const statuses = await gapRows(page).locator('td:nth-child(5)').allInnerTexts();
    expect(new Set(statuses.map((text) => text.trim()))).toEqual(new Set(['Uncovered']));
    // The summary strip counts the same rows.
    expect(await page.getByRole('list', { name: 'Obligations per status' }).innerText()).toContain(`${uncovered.totalCount} in all`);

    await page.reload();
    await rowsRegion(page).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Uncovered' }).isChecked()).toBe(true);
    await rowsLoaded(page, uncovered.totalCount);
    expect(await gapRows(page).count()).toBe(uncovered.totalCount);
    await explorer.screenshot(page, 'explorer-gaps-uncovered');
    await page.close();
  });

  it('shows one system on a chosen day, and what starts to apply in the year after', async () => {
    // The system with the most rows today, seen the day before the high-risk date and the year after it.
    const all = await apiGaps({});
    const system = [...all.summary.bySystem].sort((a, b) => b.total - a.total)[0]!;
    const asOf = '2026-08-01';
    const onDay = await apiGaps({ aiSystemId: system.key, asOf });
    const upcoming = await explorer.api.gql<{ obligationsApplyingBetween: unknown[] }>(
      'query ($id: ID) { obligationsApplyingBetween(from: "2026-08-02", to: "2027-08-01", aiSystemId: $id) { appliesFrom } }',
      { id: system.key },
    );
    expect(upcoming.body.errors).toBeUndefined();
    const upcomingCount = upcoming.body.data!.obligationsApplyingBetween.length;
    expect(upcomingCount).toBeGreaterThan(0);

    const page = await explorer.open('/?view=gaps');
    await page.getByLabel('AI system', { exact: true }).selectOption(system.key);
    await page.getByLabel('As of', { exact: true }).fill(asOf);
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe(asOf);
    expect(new URL(page.url()).searchParams.get('subject')).toBe(system.key);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain(system.label);
    await rowsLoaded(page, onDay.totalCount);
    expect(await gapRows(page).count()).toBe(onDay.totalCount);

    const next = page.getByRole('complementary', { name: 'What starts to apply next' });
    await expect
      .poll(() => next.getByRole('status').innerText(), { timeout: 30_000 })
      .toMatch(new RegExp(`^${upcomingCount} obligations? starts? to apply`));
    expect(await next.getByRole('listitem').count()).toBe(upcomingCount);
    await explorer.screenshot(page, 'explorer-gaps-system-as-of');
    await page.close();
  });

  it('opens a row in the graph with the system and the obligation on the canvas', async () => {
    const uncovered = await apiGaps({ filter: { status: ['UNCOVERED'] } });
    const row = uncovered.nodes[0]!;
    const page = await explorer.open('/?view=gaps&status=UNCOVERED');
    await rowsLoaded(page, uncovered.totalCount);
    await rowsRegion(page)
      .getByRole('link', { name: `Open ${row.obligation.code} for ${row.aiSystem.name} in graph` })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('explore');
    await canvasSettled(page, 2);
    const onCanvas = await page.evaluate(
      (ids) => {
        const cy = (globalThis as unknown as { crosswalkCanvas: { getElementById(id: string): { nonempty(): boolean } } }).crosswalkCanvas;
        return ids.map((id) => cy.getElementById(id).nonempty());
      },
      [row.aiSystem.id, row.obligation.id],
    );
    expect(onCanvas).toEqual([true, true]);
    await explorer.screenshot(page, 'explorer-gaps-row-in-graph');
    await page.close();
  });

  it('exports every row the filters keep as CSV', async () => {
    const all = await apiGaps({});
    const page = await explorer.open('/?view=gaps');
    await rowsLoaded(page, all.totalCount);
    const downloaded = page.waitForEvent('download');
    await rowsRegion(page).getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^crosswalk-gaps-all-systems-.*\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    const lines = text.split('\r\n').filter((line) => line.length > 0);
    expect(lines).toHaveLength(all.totalCount + 1);
    expect(lines[0]).toMatch(/^AI system,AI system id,/);
    await explorer.screenshot(page, 'explorer-gaps-export');
    await page.close();
  });

  it('says when the API cannot be reached, and Retry loads the rows once it can', async () => {
    const all = await apiGaps({});
    const page = await explorer.open('/');
    await page.route('**/graphql', (route) => route.abort());
    await page.goto(`${explorer.api.url}/?view=gaps`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toContain('cannot be reached');
    await explorer.screenshot(page, 'explorer-gaps-api-down');

    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await rowsLoaded(page, all.totalCount);
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    expect(await gapRows(page).count()).toBe(all.totalCount);
    await explorer.screenshot(page, 'explorer-gaps-retried');
    await page.close();
  });
});
