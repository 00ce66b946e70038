/**
 * Checks graph/data/reference/* against the compiled facts in ../shared/reference/*, independently of
 * server/scripts/import-reference.ts: the expectations below are derived from the reference files and
 * from graph/README.md, never from the converter.
 *
 * The reference folder is CROSSWALK_REFERENCE_DIR, else <repo>/../shared/reference. Without it the
 * file fails (it does not skip): the data files cannot be trusted unchecked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const referenceDir = resolve(process.env.CROSSWALK_REFERENCE_DIR ?? join(repoRoot, '../shared/reference'));
const dataDir = join(repoRoot, 'graph/data/reference');

// ---------------------------------------------------------------------------------------------
// Reference shapes (the fields the checks read)

interface RefArticle {
  number: number;
  title: string;
  chapter: string;
  section: string | null;
  titleVerifiedBy?: string[];
  titleNote?: string;
}
interface RefSection {
  number: string;
  title: string;
  articles: number[];
}
interface RefChapter {
  number: string;
  title: string;
  articles?: number[];
  sections?: RefSection[];
}
interface RefAnnex {
  number: string;
  title: string;
  sections?: { number: string; title: string }[];
}
interface RefDated {
  date: string;
  what: string;
  articles: number[];
  basis?: string;
  paragraphs?: string[];
  caveat?: string;
}
interface RefNote {
  id: string;
  date: string;
  status: string;
  what?: string;
  proposedChanges?: string[];
  agreedChanges?: string[];
  unchanged?: string[];
  sources?: string[];
  uncertainty?: string;
}
interface RefAct {
  title: string;
  celex: string;
  eli: string;
  officialJournal: string;
  dateOfAct: string;
  publicationDate: string;
  entryIntoForce: string;
  counts: { chapters: number; sections: number; articles: number; annexes: number };
  chapters: RefChapter[];
  articles: RefArticle[];
  annexes: RefAnnex[];
  applicationDates: RefDated[];
  transitionalDates: RefDated[];
  otherMilestones: { date: string; what: string; article: string }[];
  notes: RefNote[];
}
interface RefClause {
  number: string;
  title: string;
  verifiedBy?: string[];
  subclauses?: RefClause[];
}
interface RefIso {
  designation: string;
  title: string;
  edition: number;
  publicationDate: string;
  committee: string;
  catalogueUrl: string;
  normativeReference: string;
  structure: string;
  frontClauses: RefClause[];
  clauses: RefClause[];
  annexes: { id: string; title: string; status: string }[];
  annexA: {
    topics: { id: string; title: string }[];
    objectives: { id: string; title: string; topic: string; controls: string[] }[];
    controls: { id: string; title: string; objectiveId: string; topicId: string; titleVariantsSeen?: string[] }[];
  };
}
interface RefObligation {
  id: string;
  article: string;
  role: string;
  riskClass: string;
  summary: string;
  paragraph?: string;
  appliesFrom: string;
  appliesFromAnnexIProducts?: string;
  amendedAppliesFrom?: { annexIII?: string; annexI?: string; status?: string };
  amendment?: string;
  note?: string;
  scope?: string;
  exemption?: string;
  legacyModels?: string;
  articleTitle: string;
}
interface RefMapping {
  iso: string;
  isoTitle: string;
  act: string;
  actTitle: string;
  actParagraph?: string;
  relationship: string;
  note: string;
  sources: string[];
}

// Data-file shapes
type GraphRecord = Record<string, unknown>;
interface GraphNode extends GraphRecord {
  label: string;
  id: string;
}
interface GraphRelationship extends GraphRecord {
  type: string;
  from: string;
  to: string;
}
interface DataFile {
  description: string;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

function readJson<T>(dir: string, file: string, what: string): T {
  const path = join(dir, file);
  if (!existsSync(path)) {
    throw new Error(
      `${what} not found: ${path}. ` +
        (what === 'Reference file'
          ? 'Set CROSSWALK_REFERENCE_DIR to the folder holding eu-ai-act.json, iso-42001.json, obligations.json and crosswalk-iso42001-euaiact.json.'
          : 'Run `npx tsx server/scripts/import-reference.ts` to generate it.'),
    );
  }
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const ref = {
  act: readJson<RefAct>(referenceDir, 'eu-ai-act.json', 'Reference file'),
  iso: readJson<RefIso>(referenceDir, 'iso-42001.json', 'Reference file'),
  obligations: readJson<{ obligations: RefObligation[]; notes: RefNote[] }>(referenceDir, 'obligations.json', 'Reference file'),
  crosswalk: readJson<{ caveat: string; mappings: RefMapping[] }>(referenceDir, 'crosswalk-iso42001-euaiact.json', 'Reference file'),
};

const DATA_FILES = ['eu-ai-act.json', 'iso42001.json', 'obligations.json', 'crosswalk.json'] as const;
const data = Object.fromEntries(DATA_FILES.map((file) => [file, readJson<DataFile>(dataDir, file, 'Data file')])) as Record<
  (typeof DATA_FILES)[number],
  DataFile
>;

const allNodes = DATA_FILES.flatMap((file) => data[file].nodes);
const allRelationships = DATA_FILES.flatMap((file) => data[file].relationships);
const nodesById = new Map(allNodes.map((n) => [n.id, n]));

function node(id: string): GraphNode {
  const found = nodesById.get(id);
  if (!found) throw new Error(`no node with id ${id}`);
  return found;
}
const relationshipsOf = (type: string, from: string) => allRelationships.filter((r) => r.type === type && r.from === from);
const targetsOf = (type: string, from: string) =>
  relationshipsOf(type, from)
    .map((r) => r.to)
    .sort();
/** The single element of a list, failing the test with `what` otherwise. */
function only<T>(list: T[], what: string): T {
  expect(list, what).toHaveLength(1);
  return list[0] as T;
}
const parentOf = (id: string): string => only(targetsOf('PART_OF', id), `PART_OF of ${id}`);
const nodesWith = (label: string, kind?: string, framework?: string) =>
  allNodes.filter(
    (n) => n.label === label && (kind === undefined || n.kind === kind) && (framework === undefined || n.framework === framework),
  );

// Ids as graph/README.md writes them
const actChapter = (roman: string) => `eu-ai-act:chapter-${roman.toLowerCase()}`;
const actArticle = (n: number | string) => `eu-ai-act:art-${n}`;
const actAnnex = (roman: string) => `eu-ai-act:annex-${roman.toLowerCase()}`;

function expectPositionsInOrder(framework: string, expectedIds: string[]): void {
  const provisions = nodesWith('Provision', undefined, framework);
  const positions = provisions.map((p) => p.position);
  expect(
    positions.every((p) => Number.isInteger(p)),
    `${framework} positions are integers`,
  ).toBe(true);
  expect(new Set(positions).size, `${framework} positions are unique`).toBe(provisions.length);
  const sorted = [...provisions].sort((a, b) => Number(a.position) - Number(b.position)).map((p) => p.id);
  expect(sorted).toEqual(expectedIds);
}

// ---------------------------------------------------------------------------------------------

describe('EU AI Act (reference/eu-ai-act.json)', () => {
  const act = ref.act;

  it('has the framework with the facts of the file header', () => {
    expect(node('eu-ai-act')).toMatchObject({
      label: 'Framework',
      name: 'EU AI Act',
      kind: 'REGULATION',
      title: act.title,
      celex: act.celex,
      eli: act.eli,
      officialJournal: act.officialJournal,
      dateOfAct: act.dateOfAct,
      publicationDate: act.publicationDate,
      entryIntoForce: act.entryIntoForce,
    });
    expect(node('eu-ai-act').sources).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(node('eu-ai-act').caveat).toEqual(expect.any(String));
  });

  it.each([
    ['chapters', 'CHAPTER', 13, act.counts.chapters],
    ['articles', 'ARTICLE', 113, act.counts.articles],
    ['annexes', 'ANNEX', 13, act.counts.annexes],
  ])('has %s: %s × %i', (_what, kind, expected, referenceCount) => {
    expect(referenceCount).toBe(expected);
    expect(nodesWith('Provision', kind, 'eu-ai-act')).toHaveLength(expected);
  });

  it('has 16 chapter sections and 5 annex sections (VIII A–C, XI 1–2)', () => {
    const sections = nodesWith('Provision', 'SECTION', 'eu-ai-act');
    expect(act.counts.sections).toBe(16);
    expect(sections.filter((s) => s.id.includes(':chapter-'))).toHaveLength(16);
    expect(sections.filter((s) => s.id.includes(':annex-')).map((s) => s.id)).toEqual([
      'eu-ai-act:annex-viii:section-a',
      'eu-ai-act:annex-viii:section-b',
      'eu-ai-act:annex-viii:section-c',
      'eu-ai-act:annex-xi:section-1',
      'eu-ai-act:annex-xi:section-2',
    ]);
  });

  it('has every chapter and chapter section with its number, title and parent', () => {
    for (const chapter of act.chapters) {
      const id = actChapter(chapter.number);
      expect(node(id), id).toMatchObject({
        label: 'Provision',
        framework: 'eu-ai-act',
        kind: 'CHAPTER',
        number: chapter.number,
        ref: `Chapter ${chapter.number}`,
        title: chapter.title,
      });
      expect(parentOf(id), id).toBe('eu-ai-act');
      for (const section of chapter.sections ?? []) {
        const sectionId = `${id}:section-${section.number}`;
        expect(node(sectionId), sectionId).toMatchObject({
          framework: 'eu-ai-act',
          kind: 'SECTION',
          number: section.number,
          ref: `Chapter ${chapter.number} Section ${section.number}`,
          title: section.title,
        });
        expect(parentOf(sectionId), sectionId).toBe(id);
      }
    }
  });

  it('has every article with its number, title, provenance and parent (section, else chapter)', () => {
    for (const article of act.articles) {
      const id = actArticle(article.number);
      const n = node(id);
      expect(n, id).toMatchObject({
        label: 'Provision',
        framework: 'eu-ai-act',
        kind: 'ARTICLE',
        number: String(article.number),
        ref: `Art. ${article.number}`,
        title: article.title,
      });
      expect(n.titleVerifiedBy, `${id} titleVerifiedBy`).toEqual(article.titleVerifiedBy);
      expect(n.titleNote, `${id} titleNote`).toEqual(article.titleNote);
      expect(n.source, `${id} source`).toEqual(expect.any(String));
      const parent = article.section === null ? actChapter(article.chapter) : `${actChapter(article.chapter)}:section-${article.section}`;
      expect(parentOf(id), `${id} parent`).toBe(parent);
    }
  });

  it('agrees with the chapter and section article lists', () => {
    for (const chapter of act.chapters) {
      for (const n of chapter.articles ?? []) expect(parentOf(actArticle(n)), `Art. ${n}`).toBe(actChapter(chapter.number));
      for (const section of chapter.sections ?? []) {
        for (const n of section.articles) {
          expect(parentOf(actArticle(n)), `Art. ${n}`).toBe(`${actChapter(chapter.number)}:section-${section.number}`);
        }
      }
    }
  });

  it('gives every article the Art. 113 date that lists it (Art. 6: 2026-08-02, 6(1) in the note)', () => {
    // A date that lists only some paragraphs of an article (6(1) for 2027-08-02) is not its appliesFrom.
    const wholeArticleDates = act.applicationDates.filter((d) => !d.paragraphs);
    for (const article of act.articles) {
      const listing = only(
        wholeArticleDates.filter((d) => d.articles.includes(article.number)),
        `Art. ${article.number} is listed under exactly one date`,
      );
      expect(node(actArticle(article.number)).appliesFrom, `Art. ${article.number}`).toBe(listing.date);
    }
    expect(node('eu-ai-act:art-6').appliesFrom).toBe('2026-08-02');
    expect(node('eu-ai-act:art-6').appliesFromNote).toMatch(/6\(1\).*2027-08-02/);
  });

  it('only puts a date caveat of Art. 113 in appliesFromNote', () => {
    const caveats = act.applicationDates.flatMap((d) => (d.caveat ? [d.caveat] : []));
    for (const n of nodesWith('Provision', 'ARTICLE', 'eu-ai-act').filter((a) => a.appliesFromNote)) {
      const note = String(n.appliesFromNote);
      expect(
        caveats.some((caveat) => note.includes(caveat)),
        n.id,
      ).toBe(true);
    }
  });

  it('has every annex and annex section with its title and parent', () => {
    for (const annex of act.annexes) {
      const id = actAnnex(annex.number);
      expect(node(id), id).toMatchObject({
        framework: 'eu-ai-act',
        kind: 'ANNEX',
        number: annex.number,
        ref: `Annex ${annex.number}`,
        title: annex.title,
      });
      expect(parentOf(id), id).toBe('eu-ai-act');
      for (const section of annex.sections ?? []) {
        const sectionId = `${id}:section-${section.number.toLowerCase()}`;
        expect(node(sectionId), sectionId).toMatchObject({
          framework: 'eu-ai-act',
          kind: 'SECTION',
          number: section.number,
          ref: `Annex ${annex.number} Section ${section.number}`,
          title: section.title,
        });
        expect(parentOf(sectionId), sectionId).toBe(id);
      }
    }
  });

  it('orders provisions as the document does (chapters, sections, articles, then annexes)', () => {
    const expected: string[] = [];
    for (const chapter of act.chapters) {
      expected.push(actChapter(chapter.number));
      for (const n of chapter.articles ?? []) expected.push(actArticle(n));
      for (const section of chapter.sections ?? []) {
        expected.push(`${actChapter(chapter.number)}:section-${section.number}`);
        for (const n of section.articles) expected.push(actArticle(n));
      }
    }
    for (const annex of act.annexes) {
      expected.push(actAnnex(annex.number));
      for (const section of annex.sections ?? []) expected.push(`${actAnnex(annex.number)}:section-${section.number.toLowerCase()}`);
    }
    expectPositionsInOrder('eu-ai-act', expected);
  });

  describe('milestones', () => {
    const milestones = nodesWith('Milestone');

    it.each([
      ['APPLICATION', 5, act.applicationDates.length],
      ['TRANSITIONAL', 4, act.transitionalDates.length],
      ['OTHER', 10, act.otherMilestones.length],
    ])('has %s × %i', (kind, expected, referenceCount) => {
      expect(referenceCount).toBe(expected);
      expect(milestones.filter((m) => m.kind === kind)).toHaveLength(expected);
    });

    it('has the Art. 113 application dates, each concerning the articles it lists', () => {
      for (const entry of act.applicationDates) {
        const id = `milestone:${entry.date}:application`;
        expect(node(id), id).toMatchObject({
          label: 'Milestone',
          kind: 'APPLICATION',
          date: entry.date,
          what: entry.what,
          basis: entry.basis,
        });
        expect(node(id).paragraphs, id).toEqual(entry.paragraphs);
        expect(node(id).caveat, id).toEqual(entry.caveat);
        expect(targetsOf('CONCERNS', id), id).toEqual(entry.articles.map(actArticle).sort());
      }
    });

    it('has the Art. 111 transitional dates, each concerning Art. 111', () => {
      for (const entry of act.transitionalDates) {
        const milestone = only(
          milestones.filter(
            (m) => m.kind === 'TRANSITIONAL' && m.date === entry.date && JSON.stringify(m.paragraphs) === JSON.stringify(entry.paragraphs),
          ),
          `${entry.date} ${String(entry.paragraphs)}`,
        );
        expect(milestone.what).toBe(entry.what);
        expect(targetsOf('CONCERNS', milestone.id)).toEqual(entry.articles.map(actArticle).sort());
      }
      expect(node('milestone:2030-08-02:art-111-2')).toMatchObject({ kind: 'TRANSITIONAL', date: '2030-08-02' });
    });

    it('has the other milestones, each concerning the article of its paragraph reference', () => {
      for (const entry of act.otherMilestones) {
        const milestone = only(
          milestones.filter((m) => m.kind === 'OTHER' && m.date === entry.date && m.what === entry.what),
          `${entry.date} ${entry.article}`,
        );
        const articleNumber = /^\d+/.exec(entry.article)?.[0];
        expect(targetsOf('CONCERNS', milestone.id), entry.article).toEqual([actArticle(String(articleNumber))]);
      }
      expect(targetsOf('CONCERNS', 'milestone:2025-08-02:art-70-2-6')).toEqual(['eu-ai-act:art-70']);
    });

    it('has well-formed ids and ties every milestone to the Act', () => {
      for (const m of milestones) {
        expect(m.id).toMatch(new RegExp(`^milestone:${m.date}:[a-z0-9-]+$`));
        expect(targetsOf('MILESTONE_OF', m.id), m.id).toEqual(['eu-ai-act']);
      }
    });
  });

  describe('legislative notes', () => {
    it('are the same in obligations.json and eu-ai-act.json', () => {
      expect(ref.obligations.notes).toEqual(act.notes);
    });

    it('has the five Digital Omnibus notes, each concerning the Act', () => {
      expect(nodesWith('LegislativeNote')).toHaveLength(5);
      for (const note of act.notes) {
        const id = `note:${note.id}`;
        const n = node(id);
        expect(n, id).toMatchObject({ label: 'LegislativeNote', code: note.id, date: note.date, status: note.status });
        expect(n.what, id).toEqual(note.what);
        expect(n.changes, id).toEqual(note.agreedChanges ?? note.proposedChanges);
        expect(n.unchanged, id).toEqual(note.unchanged);
        expect(n.sources, id).toEqual(note.sources);
        expect(n.uncertainty, id).toEqual(note.uncertainty);
        expect(targetsOf('CONCERNS', id), id).toEqual(['eu-ai-act']);
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('ISO/IEC 42001 (reference/iso42001.json)', () => {
  const iso = ref.iso;
  const annexA = iso.annexA;

  const clauses: { clause: RefClause; parent: string }[] = [];
  const walk = (list: RefClause[], parent: string) => {
    for (const clause of list) {
      clauses.push({ clause, parent });
      walk(clause.subclauses ?? [], `iso42001:${clause.number}`);
    }
  };
  walk(iso.clauses, 'iso42001:4-10');

  it('has the framework with the facts of the file header', () => {
    expect(node('iso42001')).toMatchObject({
      label: 'Framework',
      name: 'ISO/IEC 42001:2023',
      kind: 'STANDARD',
      designation: iso.designation,
      title: iso.title,
      edition: iso.edition,
      publicationDate: '2023-12',
      committee: iso.committee,
      catalogueUrl: iso.catalogueUrl,
      normativeReference: iso.normativeReference,
      structure: iso.structure,
    });
    expect(node('iso42001').caveat).toMatch(/titles only/);
    expect(node('iso42001').sources).toEqual(expect.arrayContaining([expect.any(String)]));
  });

  it.each([
    ['clauses and subclauses of 4–10', 43, () => clauses.length],
    ['CLAUSE provisions (1–3, the 4–10 grouping, 43 clauses)', 3 + 1 + 43, () => nodesWith('Provision', 'CLAUSE', 'iso42001').length],
    ['ANNEX provisions', 4, () => nodesWith('Provision', 'ANNEX', 'iso42001').length],
    ['Annex A topics', 9, () => nodesWith('Provision', 'ANNEX_A_TOPIC', 'iso42001').length],
    ['Annex A objectives', 10, () => nodesWith('Provision', 'ANNEX_A_OBJECTIVE', 'iso42001').length],
    ['Annex A controls', 38, () => nodesWith('Provision', 'ANNEX_A_CONTROL', 'iso42001').length],
  ])('has %s: %i', (_what, expected, count) => {
    expect(count()).toBe(expected);
  });

  it('has clauses 1–3 under the framework', () => {
    for (const clause of iso.frontClauses) {
      const id = `iso42001:${clause.number}`;
      expect(node(id), id).toMatchObject({ kind: 'CLAUSE', number: clause.number, title: clause.title, framework: 'iso42001' });
      expect(parentOf(id), id).toBe('iso42001');
    }
  });

  it('has the "Clauses 4–10" grouping node under the framework, and only one grouping node', () => {
    expect(node('iso42001:4-10')).toMatchObject({
      kind: 'CLAUSE',
      ref: 'Clauses 4–10',
      title: 'AI management system requirements',
      grouping: true,
      framework: 'iso42001',
    });
    expect(node('iso42001:4-10').caveat).toEqual(expect.any(String));
    expect(parentOf('iso42001:4-10')).toBe('iso42001');
    expect(allNodes.filter((n) => n.grouping !== undefined).map((n) => n.id)).toEqual(['iso42001:4-10']);
  });

  it('has every clause and subclause with its title, verifiedBy and parent', () => {
    for (const { clause, parent } of clauses) {
      const id = `iso42001:${clause.number}`;
      expect(node(id), id).toMatchObject({
        label: 'Provision',
        framework: 'iso42001',
        kind: 'CLAUSE',
        number: clause.number,
        ref: clause.number,
        title: clause.title,
      });
      expect(node(id).verifiedBy, id).toEqual(clause.verifiedBy);
      expect(parentOf(id), id).toBe(parent);
    }
  });

  it('has Annexes A–D with their status', () => {
    for (const annex of iso.annexes) {
      const id = `iso42001:annex-${annex.id.toLowerCase()}`;
      expect(node(id), id).toMatchObject({
        kind: 'ANNEX',
        number: annex.id,
        ref: `Annex ${annex.id}`,
        title: annex.title,
        status: annex.status.toUpperCase(),
      });
      expect(parentOf(id), id).toBe('iso42001');
    }
    expect(node('iso42001:annex-b').status).toBe('NORMATIVE');
    expect(node('iso42001:annex-c').status).toBe('INFORMATIVE');
  });

  it('has the Annex A topics, objectives and controls in their hierarchy', () => {
    for (const topic of annexA.topics) {
      const id = `iso42001:${topic.id}`;
      expect(node(id), id).toMatchObject({ kind: 'ANNEX_A_TOPIC', number: topic.id, ref: topic.id, title: topic.title });
      expect(parentOf(id), id).toBe('iso42001:annex-a');
    }
    for (const objective of annexA.objectives) {
      const id = `iso42001:${objective.id}-objective`;
      expect(node(id), id).toMatchObject({ kind: 'ANNEX_A_OBJECTIVE', number: objective.id, ref: objective.id, title: objective.title });
      expect(parentOf(id), id).toBe(`iso42001:${objective.topic}`);
      expect(
        allRelationships.filter((r) => r.type === 'PART_OF' && r.to === id).map((r) => r.from),
        id,
      ).toEqual(objective.controls.map((c) => `iso42001:${c}`));
    }
    for (const control of annexA.controls) {
      const id = `iso42001:${control.id}`;
      expect(node(id), id).toMatchObject({ kind: 'ANNEX_A_CONTROL', number: control.id, ref: control.id, title: control.title });
      expect(node(id).titleVariantsSeen, id).toEqual(control.titleVariantsSeen);
      expect(parentOf(id), id).toBe(`iso42001:${control.objectiveId}-objective`);
      expect(parentOf(parentOf(id)), id).toBe(`iso42001:${control.topicId}`);
    }
    expect(targetsOf('PART_OF', 'iso42001:A.6.1-objective')).toEqual(['iso42001:A.6']);
    expect(targetsOf('PART_OF', 'iso42001:A.6.2-objective')).toEqual(['iso42001:A.6']);
  });

  it('orders provisions depth first: 1–3, 4–10 and its clauses, then Annexes A–D', () => {
    const expected = [
      ...iso.frontClauses.map((c) => `iso42001:${c.number}`),
      'iso42001:4-10',
      ...clauses.map(({ clause }) => `iso42001:${clause.number}`),
    ];
    for (const annex of iso.annexes) {
      expected.push(`iso42001:annex-${annex.id.toLowerCase()}`);
      if (annex.id !== 'A') continue;
      for (const topic of annexA.topics) {
        expected.push(`iso42001:${topic.id}`);
        for (const objective of annexA.objectives.filter((o) => o.topic === topic.id)) {
          expected.push(`iso42001:${objective.id}-objective`, ...objective.controls.map((c) => `iso42001:${c}`));
        }
      }
    }
    expectPositionsInOrder('iso42001', expected);
  });
});

// ---------------------------------------------------------------------------------------------

describe('obligations (reference/obligations.json)', () => {
  const obligations = ref.obligations.obligations;
  const nodes = nodesWith('Obligation');

  it('has 60 obligations in the reference order', () => {
    expect(obligations).toHaveLength(60);
    expect(nodes.map((n) => n.id)).toEqual(obligations.map((o) => `obligation:${o.id}`));
  });

  // Counts from SOURCES.md; the Art. 25 value-chain duty counts for importer, distributor and deployer.
  it.each([
    ['HIGH_RISK', 42],
    ['GPAI', 5],
    ['GPAI_SYSTEMIC_RISK', 5],
    ['TRANSPARENCY', 4],
    ['PROHIBITED', 2],
    ['ALL', 2],
  ])('has %s × %i', (riskClass, expected) => {
    expect(nodes.filter((n) => n.riskClass === riskClass)).toHaveLength(expected);
  });

  it.each([
    ['PROVIDER', 36],
    ['DEPLOYER', 17],
    ['IMPORTER', 5],
    ['DISTRIBUTOR', 4],
  ])('names %s in %i', (role, expected) => {
    expect(nodes.filter((n) => (n.roles as string[]).includes(role))).toHaveLength(expected);
  });

  it('has every obligation with its summary, roles, risk class, paragraph, dates and remarks', () => {
    for (const o of obligations) {
      const id = `obligation:${o.id}`;
      const n = node(id);
      expect(n, id).toMatchObject({ label: 'Obligation', code: o.id, summary: o.summary, appliesFrom: o.appliesFrom });
      expect(n.roles, `${id} roles`).toEqual(o.role.split('/').map((r) => r.toUpperCase()));
      expect(n.riskClass, `${id} riskClass`).toBe(o.riskClass.replaceAll('-', '_').toUpperCase());
      expect(n.paragraph, `${id} paragraph`).toEqual(o.paragraph);
      expect(n.appliesFromAnnexIProducts, `${id} appliesFromAnnexIProducts`).toEqual(o.appliesFromAnnexIProducts);
      expect(n.amendedAppliesFrom, `${id} amendedAppliesFrom`).toEqual(o.amendedAppliesFrom?.annexIII);
      expect(n.amendedAppliesFromAnnexIProducts, `${id} amendedAppliesFromAnnexIProducts`).toEqual(o.amendedAppliesFrom?.annexI);
      expect(n.amendmentStatus, `${id} amendmentStatus`).toEqual(o.amendedAppliesFrom?.status);
      expect(n.amendmentNote, `${id} amendmentNote`).toEqual(o.amendment);
      for (const key of ['note', 'scope', 'exemption', 'legacyModels'] as const) {
        expect(n[key], `${id} ${key}`).toEqual(o[key]);
      }
      expect(n.source, `${id} source`).toEqual(expect.any(String));
    }
  });

  it('derives every obligation from its article, whose title matches', () => {
    for (const o of obligations) {
      const id = `obligation:${o.id}`;
      const article = actArticle(o.article.replace(/^Art\. /, ''));
      expect(targetsOf('DERIVED_FROM', id), id).toEqual([article]);
      expect(node(article).title, id).toBe(o.articleTitle);
    }
  });

  it('links to the Omnibus agreement exactly the obligations with amended dates or an amendment note', () => {
    for (const o of obligations) {
      const id = `obligation:${o.id}`;
      const amended = o.amendedAppliesFrom !== undefined || o.amendment !== undefined;
      expect(targetsOf('AMENDED_BY', id), id).toEqual(amended ? ['note:NOTE-OMNIBUS-AGREEMENT'] : []);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('crosswalk (reference/crosswalk.json)', () => {
  const mappings = ref.crosswalk.mappings;
  const edges = allRelationships.filter((r) => r.type === 'MAPS_TO');
  const RELATIONSHIP: Record<string, string> = {
    equal: 'EQUAL',
    subset: 'SUBSET_OF',
    superset: 'SUPERSET_OF',
    intersects: 'INTERSECTS_WITH',
    'not related': 'NOT_RELATED',
  };
  const BASE: Record<string, number> = { EQUAL: 10, SUBSET_OF: 7, SUPERSET_OF: 7, INTERSECTS_WITH: 5, NOT_RELATED: 1 };

  it('has 80 mappings, in the reference order', () => {
    expect(mappings).toHaveLength(80);
    expect(edges).toHaveLength(80);
  });

  it('maps each ISO element to its Act article with the reference relationship, sources and note', () => {
    mappings.forEach((m, index) => {
      const from = m.iso === '4-10' ? 'iso42001:4-10' : `iso42001:${m.iso}`;
      const to = actArticle(m.act.replace(/^Art\. /, ''));
      const where = `${m.iso} → ${m.act}`;
      const edge = edges[index] as GraphRelationship;
      expect(edge, where).toMatchObject({
        id: `mapping:${from}>${to}`,
        from,
        to,
        relationship: RELATIONSHIP[m.relationship],
        rationale: m.note,
        sources: m.sources,
        caveat: ref.crosswalk.caveat,
      });
      expect(edge.actParagraph, where).toEqual(m.actParagraph);
      expect(edge.strengthBasis, where).toEqual(expect.any(String));
      if (m.iso !== '4-10') expect(node(from).title, where).toBe(m.isoTitle);
      expect(node(to).title, where).toBe(m.actTitle);
    });
  });

  it('maps "A.7" to the Annex A topic and "4-10" to the grouping node', () => {
    const a7 = edges.find((e) => e.from === 'iso42001:A.7');
    expect(a7 && node(a7.from).kind).toBe('ANNEX_A_TOPIC');
    expect(edges.filter((e) => e.from === 'iso42001:4-10').map((e) => e.to)).toEqual(['eu-ai-act:art-17']);
  });

  it('sets strength by the written rule (base, +1 for two published sources, −2 if only derived from titles)', () => {
    mappings.forEach((m, index) => {
      const published = m.sources.filter((s) => s !== 'derived from titles');
      // Category-level support ("Annex A.9") is recorded but is not a second source for the pair.
      const pairLevel = published.filter((s) => !s.endsWith('#CROSSWALK-category-level')).length;
      const base = BASE[RELATIONSHIP[m.relationship] ?? ''] ?? Number.NaN;
      const expected = base + (pairLevel >= 2 ? 1 : 0) - (published.length === 0 ? 2 : 0);
      expect(edges[index]?.strength, `${m.iso} → ${m.act}`).toBe(expected);
    });
    expect(edges.filter((e) => e.strength === 3).map((e) => e.id)).toEqual([
      'mapping:iso42001:7.2>eu-ai-act:art-4',
      'mapping:iso42001:7.3>eu-ai-act:art-4',
    ]);
  });

  it('does not count category-level support as a second source (the five pairs the reference marks)', () => {
    const categoryLevel = edges.filter((e) => (e.sources as string[]).some((s) => s.endsWith('#CROSSWALK-category-level')));
    expect(categoryLevel.map((e) => e.id).sort()).toEqual([
      'mapping:iso42001:10.1>eu-ai-act:art-72',
      'mapping:iso42001:9.1>eu-ai-act:art-72',
      'mapping:iso42001:A.9.2>eu-ai-act:art-14',
      'mapping:iso42001:A.9.3>eu-ai-act:art-14',
      'mapping:iso42001:A.9.4>eu-ai-act:art-14',
    ]);
    for (const edge of categoryLevel) expect(edge.strength, String(edge.id)).toBe(5);
  });
});

// ---------------------------------------------------------------------------------------------

describe('graph integrity across the reference files', () => {
  const ENDPOINTS: Record<string, { from: string[]; to: string[] }> = {
    PART_OF: { from: ['Provision'], to: ['Provision', 'Framework'] },
    MAPS_TO: { from: ['Provision'], to: ['Provision'] },
    DERIVED_FROM: { from: ['Obligation'], to: ['Provision'] },
    AMENDED_BY: { from: ['Obligation'], to: ['LegislativeNote'] },
    CONCERNS: { from: ['Milestone', 'LegislativeNote'], to: ['Provision', 'Framework'] },
    MILESTONE_OF: { from: ['Milestone'], to: ['Framework'] },
  };

  it('uses unique ids across all files (nodes and mapping ids)', () => {
    const ids = [...allNodes.map((n) => n.id), ...allRelationships.flatMap((r) => (r.id === undefined ? [] : [String(r.id)]))];
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('only uses reference labels, and each id carries its label prefix', () => {
    const prefix: Record<string, RegExp> = {
      Framework: /^(eu-ai-act|iso42001)$/,
      Provision: /^(eu-ai-act|iso42001):./,
      Obligation: /^obligation:OBL-/,
      Milestone: /^milestone:/,
      LegislativeNote: /^note:NOTE-/,
    };
    for (const n of allNodes) {
      expect(Object.keys(prefix), n.id).toContain(n.label);
      expect(n.id).toMatch(prefix[n.label] ?? /^$/);
    }
  });

  it('has every relationship endpoint, with the labels graph/README.md allows', () => {
    for (const r of allRelationships) {
      const where = `${r.type} ${r.from} → ${r.to}`;
      expect(Object.keys(ENDPOINTS), where).toContain(r.type);
      expect(nodesById.has(r.from), `${where}: missing from`).toBe(true);
      expect(nodesById.has(r.to), `${where}: missing to`).toBe(true);
      expect(ENDPOINTS[r.type]?.from, where).toContain(node(r.from).label);
      expect(ENDPOINTS[r.type]?.to, where).toContain(node(r.to).label);
    }
    for (const r of allRelationships.filter((x) => x.type === 'DERIVED_FROM')) expect(node(r.to).kind).toBe('ARTICLE');
  });

  it('puts every provision in exactly one parent, within its own framework', () => {
    for (const p of nodesWith('Provision')) {
      let current = p.id;
      for (let depth = 0; depth < 10 && nodesById.get(current)?.label === 'Provision'; depth += 1) current = parentOf(current);
      expect(current, `${p.id} reaches its framework`).toBe(p.framework);
    }
  });

  it('writes no nulls, dates as YYYY-MM-DD, and 2-space JSON with a trailing newline', () => {
    const DATE_KEYS = [
      'date',
      'appliesFrom',
      'appliesFromAnnexIProducts',
      'amendedAppliesFrom',
      'amendedAppliesFromAnnexIProducts',
      'dateOfAct',
      'entryIntoForce',
    ];
    for (const r of [...allNodes, ...allRelationships]) {
      for (const [key, value] of Object.entries(r)) {
        expect(value, `${String(r.id ?? r.type)}.${key}`).not.toBeNull();
        if (DATE_KEYS.includes(key)) expect(value, `${String(r.id)}.${key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    for (const file of DATA_FILES) {
      const text = readFileSync(join(dataDir, file), 'utf8');
      expect(text, file).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      expect(data[file].description, file).toEqual(expect.any(String));
    }
  });
});
