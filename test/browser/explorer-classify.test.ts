import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExplorer, type Explorer } from '../support/explorer.js';

// The Classify view in a real browser against the real API and Neo4j: a demo deployer system is
// classified as Annex III point 5(b) (credit scoring) from the explorer, the running outcome is
// compared with what the API's `classify` answers for the same answers, and each save is checked
// through the API: a new assessment, the system's facts changed, the earlier one kept as history.
let explorer: Explorer;

const SYSTEM = 'system:affordability-check';

interface ClassificationQuestion {
  id: string;
  section: string;
  text: string;
  kind: 'YES_NO' | 'ONE_OF' | 'MANY_OF' | 'DATE';
  options: { value: string; label: string }[];
}

/** How the test answers each question the wizard may show: a value, options ticked, or none. */
type PlannedAnswer = { value: string } | { values: string[] };

const NO = { value: 'NO' };
const YES = { value: 'YES' };

/** A credit-scoring deployer: in scope, no Art. 5 practice, not Annex I, Annex III 5(b), profiles people. */
const PLAN: Record<string, PlannedAnswer> = {
  'scope.military': NO,
  'scope.third-country-authority': NO,
  'scope.research-only': NO,
  'scope.pre-market-research': NO,
  'scope.personal-use': NO,
  'scope.open-source': NO,
  'art5.manipulation': NO,
  'art5.vulnerabilities': NO,
  'art5.social-scoring': NO,
  'art5.crime-prediction': NO,
  'art5.facial-scraping': NO,
  'art5.emotion-workplace': NO,
  'art5.biometric-categorisation': NO,
  'art5.remote-identification': NO,
  'annex1.product': NO,
  'annex3.area': { value: 'ESSENTIAL_SERVICES' },
  'annex3.point-5': { value: '5(b)' },
  'art6-3.condition': { value: 'NONE' },
  'art6-3.profiling': YES,
  'art50.triggers': { values: [] },
  'gpai.model': NO,
  'role.roles': { values: ['DEPLOYER'] },
  'role.art25': { values: [] },
  'public.authority': NO,
  'public.service-body': NO,
  'public.intended-for-authorities': NO,
  'annexX.component': NO,
  'decisions.natural-persons': YES,
  'market.placed': YES,
  'market.placed-on': { value: '2025-10-01' },
  'market.significant-change': YES,
  'market.significant-change-on': { value: '2026-10-05' },
};

interface SystemFacts {
  name: string;
  riskClass: string;
  highRiskBasis: string | null;
  annexIIIPoint: string | null;
  profilesNaturalPersons: boolean | null;
  decidesAboutNaturalPersons: boolean | null;
  placedOnMarket: string | null;
  significantChangeOn: string | null;
  classifiedOn: string | null;
  classificationAssessments: {
    id: string;
    current: boolean;
    assessedBy: string;
    result: { riskClass: string | null; annexIIIPoint: string | null };
  }[];
}

let questions: ClassificationQuestion[] = [];
let original: Record<string, unknown> | null = null;
let assessmentsBefore: string[] = [];
let editorKey = '';
let editorActor = '';

async function systemFacts(): Promise<SystemFacts> {
  const answer = await explorer.api.gql<{ node: SystemFacts | null }>(
    `query ($id: ID!) { node(id: $id) { ... on AISystem {
      name riskClass highRiskBasis annexIIIPoint profilesNaturalPersons decidesAboutNaturalPersons placedOnMarket significantChangeOn classifiedOn
      classificationAssessments { id current assessedBy result { riskClass annexIIIPoint } }
    } } }`,
    { id: SYSTEM },
  );
  expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
  expect(answer.body.data?.node, 'the demo organisation is loaded').toBeTruthy();
  return answer.body.data!.node!;
}

beforeAll(async () => {
  explorer = await startExplorer();
  const answer = await explorer.api.gql<{ classificationQuestions: ClassificationQuestion[] }>(
    '{ classificationQuestions { id section text kind options { value label } } }',
  );
  expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
  questions = answer.body.data!.classificationQuestions;
  // The demo system's facts as loaded, to put back afterwards: later test files read the demo organisation.
  const [row] = await explorer.api.cypher('MATCH (s:AISystem {id: $id}) RETURN properties(s) AS properties', { id: SYSTEM });
  original = (row?.properties as Record<string, unknown>) ?? null;
  assessmentsBefore = (await systemFacts()).classificationAssessments.map((assessment) => assessment.id);
  // Saving is a write: the page uses an EDITOR key, as an analyst who entered one in the key dialog.
  const created = await explorer.api.gql<{ createApiKey: { key: string } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
    { input: { name: `classify test ${Date.now()}`, role: 'EDITOR' } },
  );
  expect(created.body.errors, JSON.stringify(created.body.errors)).toBeUndefined();
  editorKey = created.body.data!.createApiKey.key;
  const viewer = await explorer.api.gql<{ viewer: { actor: string } }>('{ viewer { actor } }', {}, { key: editorKey });
  editorActor = viewer.body.data!.viewer.actor;
});

afterAll(async () => {
  if (explorer && original) {
    const kept = assessmentsBefore;
    await explorer.api.cypher(
      `MATCH (s:AISystem {id: $id}) SET s = $properties
       WITH s MATCH (s)-[:CLASSIFIED_BY]->(assessment) WHERE NOT assessment.id IN $kept DETACH DELETE assessment`,
      { id: SYSTEM, properties: original, kept },
    );
  }
  await explorer?.close();
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const outcomePanel = (page: Page) => page.getByRole('complementary', { name: 'Outcome so far' });
const sectionForm = (page: Page) => page.getByRole('form', { name: /^Section \d+ of \d+/ });

/** Waits until the outcome is worked out for the latest answers. */
async function outcomeSettled(page: Page) {
  await expect.poll(() => outcomePanel(page).getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
}

/** Answers one question through its labelled inputs, as a person would. */
async function answer(page: Page, question: ClassificationQuestion, planned: PlannedAnswer) {
  if (question.kind === 'DATE') {
    await page.getByLabel(question.text, { exact: true }).fill('value' in planned ? planned.value : '');
    return;
  }
  const group: Locator = page.getByRole('group', { name: question.text, exact: true });
  if ('values' in planned) {
    if (planned.values.length === 0) await group.getByRole('checkbox', { name: 'None of these', exact: true }).check();
    for (const value of planned.values) {
      const label = question.options.find((option) => option.value === value)!.label;
      await group.getByRole('checkbox', { name: new RegExp(`^${escape(label)}`) }).check();
    }
    return;
  }
  const label = question.options.find((option) => option.value === planned.value)!.label;
  await group.getByRole('radio', { name: new RegExp(`^${escape(label)}( ·|$)`) }).check();
}

/**
 * Walks the wizard from its current section: answers every shown, unanswered question by the plan,
 * then goes to the next section from the keyboard, until there is none. Answers the ids answered.
 */
async function answerEverything(page: Page, plan: Record<string, PlannedAnswer>): Promise<string[]> {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const answered: string[] = [];
  for (let guard = 0; guard < 200; guard++) {
    await outcomeSettled(page);
    const open = sectionForm(page).locator('.question:not(.answered)').first();
    if ((await open.count()) > 0) {
      const id = (await open.getAttribute('data-question-id'))!;
      const planned = plan[id];
      expect(planned, `the plan answers ${id}`).toBeDefined();
      await answer(page, byId.get(id)!, planned!);
      answered.push(id);
      continue;
    }
    const next = sectionForm(page).getByRole('button', { name: 'Next', exact: true });
    if (await next.isDisabled()) return answered;
    await next.focus();
    await page.keyboard.press('Enter');
    // The new section's heading takes the focus.
    await expect
      .poll(() =>
        page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id),
      )
      .toBe('classify-section-heading');
  }
  throw new Error('The wizard did not come to an end');
}

async function apiClassify(answers: { questionId: string; value?: string; values?: string[] }[]) {
  const response = await explorer.api.gql<{
    classify: {
      riskClass: string;
      annexIIIPoint: string;
      complete: boolean;
      steps: { questionId: string; question: string; answer: string; article: string; effect: string }[];
    };
  }>(
    'query ($answers: [ClassificationAnswerInput!]!) { classify(answers: $answers) { riskClass annexIIIPoint complete steps { questionId question answer article effect } } }',
    { answers },
  );
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!.classify;
}

/** A page with the EDITOR key in the tab's session storage, at `path`. */
async function openAsEditor(path: string): Promise<Page> {
  const page = await explorer.open('/');
  await page.evaluate(
    (key) =>
      (globalThis as unknown as { sessionStorage: { setItem(name: string, value: string): void } }).sessionStorage.setItem(
        'crosswalk.apiKey',
        key,
      ),
    editorKey,
  );
  await page.goto(`${explorer.api.url}${path}`);
  return page;
}

describe('Classify view', () => {
  it('classifies a demo deployer system as Annex III 5(b) from Gaps, shows the outcome with its decisive article, and saves it', async () => {
    const before = await systemFacts();

    const page = await openAsEditor(`/?view=gaps&subject=${encodeURIComponent(SYSTEM)}`);
    await page.getByRole('link', { name: `Classify ${before.name}`, exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('classify');
    expect(new URL(page.url()).searchParams.get('subject')).toBe(SYSTEM);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 30_000 }).toBe(`Classify: ${before.name}`);

    const answered = await answerEverything(page, PLAN);
    expect(answered).toContain('annex3.point-5');
    await outcomeSettled(page);

    // The running outcome is what the API's classify answers for the same answers.
    const expected = await apiClassify(answered.map((id) => ({ questionId: id, ...PLAN[id] })));
    expect(expected).toMatchObject({ riskClass: 'HIGH_RISK', annexIIIPoint: '5(b)', complete: true });
    const outcome = outcomePanel(page).getByRole('definition');
    expect(await outcome.allInnerTexts()).toEqual(
      expect.arrayContaining(['High-risk (Art. 6)', expect.stringMatching(/^Annex III point 5\(b\)/), 'Deployer']),
    );
    const decisive = expected.steps.find((step) => step.questionId === 'annex3.point-5')!;
    expect(decisive.article).toMatch(/5\(b\)/);
    const steps = await outcomePanel(page).getByRole('list', { name: 'Decisive steps' }).getByRole('listitem').allInnerTexts();
    expect(steps).toContain(`${decisive.question} → ${decisive.answer} — ${decisive.article} — ${decisive.effect}`);
    expect(steps).toHaveLength(expected.steps.length);
    await explorer.screenshot(page, 'explorer-classify-outcome');

    const save = page.getByRole('button', { name: 'Save classification' });
    await expect.poll(() => save.isEnabled()).toBe(true);
    await save.click();
    const saved = page.locator('.classify-saved');
    await expect
      .poll(() => saved.innerText(), { timeout: 30_000 })
      .toMatch(new RegExp(`^Saved on .* by ${escape(editorActor)}: High-risk \\(Art\\. 6\\), Annex III point 5\\(b\\)`));

    const after = await systemFacts();
    expect(after.classificationAssessments).toHaveLength(before.classificationAssessments.length + 1);
    expect(after.classificationAssessments[0]).toMatchObject({
      current: true,
      assessedBy: editorActor,
      result: { riskClass: 'HIGH_RISK', annexIIIPoint: '5(b)' },
    });
    // The system's facts are the outcome's, dated by the save.
    expect(after).toMatchObject({
      riskClass: 'HIGH_RISK',
      highRiskBasis: 'ANNEX_III',
      annexIIIPoint: '5(b)',
      profilesNaturalPersons: true,
      decidesAboutNaturalPersons: true,
      placedOnMarket: '2025-10-01',
      significantChangeOn: '2026-10-05',
    });
    expect(after.classifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(before.classifiedOn, 'the demo system had not been classified with the questionnaire').toBeNull();
    // The history lists the new assessment.
    await expect
      .poll(() => page.getByRole('region', { name: 'Previous assessments' }).getByRole('row').count())
      .toBe(after.classificationAssessments.length + 1);
    await explorer.screenshot(page, 'explorer-classify-saved');

    // The saved outcome leads to the system's obligations.
    await saved.getByRole('link', { name: `See the obligations of ${before.name}` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('gaps');
    expect(new URL(page.url()).searchParams.get('subject')).toBe(SYSTEM);
    await page.close();
  });

  it('prefills from the newest assessment, and a second save keeps the first as history', async () => {
    const before = await systemFacts();
    expect(before.classificationAssessments.length).toBeGreaterThan(assessmentsBefore.length);
    const page = await openAsEditor(`/?view=classify&subject=${encodeURIComponent(SYSTEM)}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 30_000 }).toBe(`Classify: ${before.name}`);
    await outcomeSettled(page);
    // Every answer is back: nothing open, Save ready at once.
    await expect
      .poll(() => page.getByRole('region', { name: 'Save the assessment' }).getByRole('status').first().innerText())
      .toMatch(/Every shown question is answered, the same way/);

    // Change one answer from the section list, by keyboard: the system does not decide about people after all.
    const question = questions.find((item) => item.id === 'decisions.natural-persons')!;
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: question.section, exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('section')).not.toBeNull();
    const no = page.getByRole('group', { name: question.text, exact: true }).getByRole('radio', { name: 'No', exact: true });
    await no.focus();
    await page.keyboard.press('Space');
    expect(await no.isChecked()).toBe(true);
    await outcomeSettled(page);

    const save = page.getByRole('button', { name: 'Save classification' });
    await expect.poll(() => save.isEnabled()).toBe(true);
    await save.click();
    await expect.poll(() => page.locator('.classify-saved').innerText(), { timeout: 30_000 }).toMatch(/^Saved on /);

    const after = await systemFacts();
    expect(after.classificationAssessments).toHaveLength(before.classificationAssessments.length + 1);
    expect(after.classificationAssessments.map((assessment) => assessment.current)).toEqual([
      true,
      ...before.classificationAssessments.map(() => false),
    ]);
    expect(after.classificationAssessments.slice(1).map((assessment) => assessment.id)).toEqual(
      before.classificationAssessments.map((assessment) => assessment.id),
    );
    expect(after.decidesAboutNaturalPersons).toBe(false);
    expect(after.annexIIIPoint).toBe('5(b)');
    await expect
      .poll(() => page.getByRole('region', { name: 'Previous assessments' }).getByRole('row').count())
      .toBe(after.classificationAssessments.length + 1);
    await explorer.screenshot(page, 'explorer-classify-history');
    await page.close();
  });

  it('is reached from an AI system in Explore', async () => {
    const page = await explorer.open(`/?view=explore&node=${encodeURIComponent(SYSTEM)}&subject=${encodeURIComponent(SYSTEM)}`);
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('link', { name: 'Classify', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('classify');
    expect(new URL(page.url()).searchParams.get('subject')).toBe(SYSTEM);
    await expect.poll(() => page.getByRole('complementary', { name: 'Outcome so far' }).count(), { timeout: 30_000 }).toBe(1);
    await page.close();
  });

  it('says when the API cannot be reached, and Retry loads the questionnaire once it can', async () => {
    const page = await explorer.open('/');
    await page.route('**/graphql', (route) => route.abort());
    await page.goto(`${explorer.api.url}/?view=classify&subject=${encodeURIComponent(SYSTEM)}`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toContain('cannot be reached');
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => page.getByRole('complementary', { name: 'Outcome so far' }).count(), { timeout: 30_000 }).toBe(1);
    await page.close();
  });
});
