import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExplorer, type Explorer } from '../support/explorer.js';

// The first screen in a real browser: the three jobs, each with an example from the demo
// organisation whose label comes from the API, links that open the right view, and a keyboard path.
let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.close();
});

const EXAMPLES = { control: 'control:RSK-01', vendor: 'vendor:halvard-ai', system: 'system:credit-scoring' };

interface ExampleLabels {
  control: string;
  vendor: string;
  system: string;
}

async function exampleLabels(): Promise<ExampleLabels> {
  const response = await explorer.api.gql<{ nodes: ({ id: string; code?: string; name: string } | null)[] }>(
    'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Control { code name } ... on Vendor { name } ... on AISystem { name } } }',
    { ids: Object.values(EXAMPLES) },
  );
  expect(response.body.errors).toBeUndefined();
  const [control, vendor, system] = response.body.data!.nodes;
  expect(control && vendor && system, 'the demo organisation is loaded').toBeTruthy();
  return { control: `${control!.code} ${control!.name}`, vendor: vendor!.name, system: system!.name };
}

/** What has the keyboard focus: its tag, type and accessible text, read in the page. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    type Element = { tagName: string; textContent: string | null; getAttribute(name: string): string | null };
    const active = (globalThis as unknown as { document: { activeElement: Element | null } }).document.activeElement;
    if (!active) return '';
    return `${active.tagName.toLowerCase()}:${active.getAttribute('type') ?? ''}:${(active.textContent ?? '').trim()}`;
  });
}

describe('First screen', () => {
  it('explains the three jobs with a real example each, opening its view, reachable by keyboard', async () => {
    const labels = await exampleLabels();
    const page = await explorer.open('/');
    for (const question of ['Which obligations does a control satisfy?', 'What would a vendor change touch?', 'Where are our gaps?']) {
      await page.getByRole('heading', { name: question, level: 3 }).waitFor();
    }
    const links = {
      crosswalk: page.getByRole('link', { name: `What ${labels.control} satisfies` }),
      impact: page.getByRole('link', { name: `What a change at ${labels.vendor} would touch` }),
      gaps: page.getByRole('link', { name: `The gaps of ${labels.system}` }),
    };
    await links.gaps.waitFor({ timeout: 30_000 });
    await explorer.screenshot(page, 'explorer-home');

    // Tab from the top of the page: the search box first, then the examples in the order of the jobs.
    const order: string[] = [];
    for (let press = 0; press < 40; press += 1) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    const position = (match: (entry: string) => boolean) => order.findIndex(match);
    const search = position((entry) => entry.startsWith('input:search'));
    const crosswalk = position((entry) => entry === `a::What ${labels.control} satisfies`);
    const impact = position((entry) => entry === `a::What a change at ${labels.vendor} would touch`);
    const gaps = position((entry) => entry === `a::The gaps of ${labels.system}`);
    expect(search, order.join('\n')).toBeGreaterThan(-1);
    expect(crosswalk).toBeGreaterThan(search);
    expect(impact).toBeGreaterThan(crosswalk);
    expect(gaps).toBeGreaterThan(impact);

    // Each example opens its view with the example as subject (Enter on the focused link for the first).
    await links.crosswalk.focus();
    await page.keyboard.press('Enter');
    await expectView(page, 'crosswalk', EXAMPLES.control, labels.control);
    await explorer.screenshot(page, 'explorer-home-crosswalk-example');
    await page.goBack();
    await links.impact.click();
    await expectView(page, 'impact', EXAMPLES.vendor, labels.vendor);
    await explorer.screenshot(page, 'explorer-home-impact-example');
    await page.goBack();
    await links.gaps.click();
    await expectView(page, 'gaps', EXAMPLES.system, labels.system);
    await page.getByRole('region', { name: 'Obligations per AI system' }).getByRole('table').first().waitFor({ timeout: 60_000 });
    await explorer.screenshot(page, 'explorer-home-gaps-example');
    await page.close();
  });

  it('opens the node picked in the search box in the Explore view', async () => {
    const labels = await exampleLabels();
    const page = await explorer.open('/');
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill(labels.vendor.split(' ')[0]!);
    await page
      .getByRole('option', { name: new RegExp(labels.vendor) })
      .first()
      .waitFor({ timeout: 30_000 });
    await explorer.screenshot(page, 'explorer-home-search');
    // Arrow down to the vendor among the hits, then Enter.
    const options = await page.getByRole('option').allInnerTexts();
    const index = options.findIndex((text) => text.includes(labels.vendor));
    for (let step = 0; step < index; step += 1) await search.press('ArrowDown');
    await search.press('Enter');
    await expectView(page, 'explore', EXAMPLES.vendor);
    expect(new URL(page.url()).searchParams.getAll('node')).toContain(EXAMPLES.vendor);
    await page.close();
  });
});

/** The URL names the view and its subject, and the page shows the subject in a heading or a table's caption. */
async function expectView(page: Page, view: string, subject: string, label?: string) {
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe(view);
  expect(new URL(page.url()).searchParams.get('subject')).toBe(subject);
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (label) {
    await page
      .getByRole('heading', { name: label })
      .or(page.getByRole('table', { name: label }))
      .first()
      .waitFor({ timeout: 60_000 });
  }
}
