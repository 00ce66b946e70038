/**
 * Turns the compiled reference facts in ../shared/reference/ (EU AI Act, ISO/IEC 42001, obligations,
 * crosswalk) into Crosswalk's own data files under graph/data/reference/, in the format and with the
 * ids that graph/README.md describes.
 *
 *   npx -y tsx server/scripts/import-reference.ts
 *
 * CROSSWALK_REFERENCE_DIR overrides the reference folder (default: <repo>/../shared/reference).
 * Output is deterministic: source order, 2-space JSON, trailing newline. Absent values are omitted.
 * Node built-ins only at run time, so it runs before the workspace is installed; its output is typed
 * against the graph model (type imports only), so a record the model would refuse does not compile.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MappingRelationship, Role } from '../src/generated/enums.js';
import type { NodeLabel, NodeRecord, RelationshipRecord, RelationshipType } from '../src/graph/model.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const referenceDir = resolve(process.env.CROSSWALK_REFERENCE_DIR ?? join(repoRoot, '../shared/reference'));
const outputDir = join(repoRoot, 'graph/data/reference');

// ---------------------------------------------------------------------------------------------
// Shapes of the reference files (only the fields this script reads)

interface ActSection {
  number: string;
  title: string;
  articles: number[];
}
interface ActChapter {
  number: string;
  title: string;
  articles?: number[];
  sections?: ActSection[];
}
interface ActArticle {
  number: number;
  title: string;
  chapter: string;
  section: string | null;
  titleVerifiedBy?: string[];
  titleNote?: string;
}
interface ActAnnex {
  number: string;
  title: string;
  sections?: { number: string; title: string }[];
}
interface ApplicationDate {
  date: string;
  what: string;
  articles: number[];
  basis: string;
  paragraphs?: string[];
  caveat?: string;
}
interface TransitionalDate {
  date: string;
  what: string;
  articles: number[];
  paragraphs: string[];
}
interface OtherMilestone {
  date: string;
  what: string;
  article: string;
}
interface ReferenceNote {
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
interface ActFile {
  title: string;
  celex: string;
  eli: string;
  officialJournal: string;
  dateOfAct: string;
  publicationDate: string;
  entryIntoForce: string;
  counts: { chapters: number; sections: number; articles: number; annexes: number };
  chapters: ActChapter[];
  articles: ActArticle[];
  annexes: ActAnnex[];
  applicationDates: ApplicationDate[];
  transitionalDates: TransitionalDate[];
  otherMilestones: OtherMilestone[];
  notes: ReferenceNote[];
  sources: { articleTitles: string[] };
}

interface IsoClause {
  number: string;
  title: string;
  verifiedBy?: string[];
  subclauses?: IsoClause[];
}
interface IsoFile {
  designation: string;
  title: string;
  edition: number;
  publicationDate: string;
  committee: string;
  catalogueUrl: string;
  normativeReference: string;
  structure: string;
  frontClauses: IsoClause[];
  clauses: IsoClause[];
  annexes: IsoAnnex[];
  annexA: IsoAnnexA;
}
interface IsoAnnex {
  id: string;
  title: string;
  status: string;
}
interface IsoAnnexA {
  counts: { topics: number; objectives: number; controls: number };
  topics: { id: string; title: string }[];
  objectives: { id: string; title: string; topic: string; controls: string[] }[];
  controls: { id: string; title: string; objectiveId: string; topicId: string; titleVariantsSeen?: string[] }[];
}

interface ReferenceObligation {
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
interface ObligationsFile {
  fieldNotes: Record<string, string>;
  counts: { obligations: number };
  obligations: ReferenceObligation[];
  notes: ReferenceNote[];
}

interface ReferenceMapping {
  iso: string;
  isoTitle: string;
  act: string;
  actTitle: string;
  actParagraph?: string;
  relationship: string;
  note: string;
  sources: string[];
}
interface CrosswalkFile {
  from: string;
  to: string;
  relationshipSemantics: string;
  sourceKey: Record<string, string>;
  caveat: string;
  counts: { mappings: number };
  mappings: ReferenceMapping[];
}

// ---------------------------------------------------------------------------------------------
// Output records

type AnyNode = { [Label in NodeLabel]: NodeRecord<Label> }[NodeLabel];
type AnyRelationship = { [Type in RelationshipType]: RelationshipRecord<Type> }[RelationshipType];

interface DataFile {
  description: string;
  [extra: string]: unknown;
  nodes: AnyNode[];
  relationships: AnyRelationship[];
}

/** A record's fields as the reference files give them: an optional fact may be null there. */
type FromReference<Fields> = { [Name in keyof Fields]: undefined extends Fields[Name] ? Fields[Name] | null : Fields[Name] };

/** Drops null and undefined properties (empty arrays are kept), so absent facts stay absent. */
function withoutAbsent<Fields extends object>(fields: FromReference<Fields>): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null)) as Fields;
}

function node<Label extends NodeLabel>(label: Label, fields: FromReference<Omit<NodeRecord<Label>, 'label'>>): NodeRecord<Label> {
  return { label, ...withoutAbsent<Omit<NodeRecord<Label>, 'label'>>(fields) } as NodeRecord<Label>;
}

/** The records one data file is built from, and the running position of its provisions. */
interface Build {
  nodes: AnyNode[];
  relationships: AnyRelationship[];
  position: number;
}

function partOf(build: Build, from: string, to: string): void {
  build.relationships.push({ type: 'PART_OF', from, to });
}

/** A provision at the next position of its framework, PART_OF its parent. */
function addProvision(build: Build, parent: string, fields: FromReference<Omit<NodeRecord<'Provision'>, 'label' | 'position'>>): void {
  const { id, framework, kind, number, ref, title, ...rest } = fields; // position after the title, as the files have always had it
  build.nodes.push(node('Provision', { id, framework, kind, number, ref, title, position: ++build.position, ...rest }));
  partOf(build, fields.id, parent);
}

const countOfKind = (nodes: AnyNode[], kind: string) => nodes.filter((node) => node.label === 'Provision' && node.kind === kind).length;

function fail(message: string): never {
  throw new Error(`import-reference: ${message}`);
}

function readJson<T>(file: string): T {
  const path = join(referenceDir, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    fail(`cannot read ${path} (set CROSSWALK_REFERENCE_DIR?): ${(error as Error).message}`);
  }
}

function isoDate(value: string, where: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) fail(`${where}: "${value}" is not YYYY-MM-DD`);
  return value;
}

function expectCount(what: string, actual: number, expected: number): void {
  if (actual !== expected) fail(`expected ${expected} ${what}, found ${actual}`);
}

// ---------------------------------------------------------------------------------------------
// Ids (graph/README.md, "Conventions")

const ACT = 'eu-ai-act';
const ISO = 'iso42001';
const OMNIBUS_AGREEMENT = 'note:NOTE-OMNIBUS-AGREEMENT';

const chapterId = (roman: string) => `${ACT}:chapter-${roman.toLowerCase()}`;
const sectionId = (roman: string, number: string) => `${chapterId(roman)}:section-${number.toLowerCase()}`;
const articleId = (number: number | string) => `${ACT}:art-${number}`;
const annexId = (roman: string) => `${ACT}:annex-${roman.toLowerCase()}`;
const annexSectionId = (roman: string, number: string) => `${annexId(roman)}:section-${number.toLowerCase()}`;
const isoId = (local: string) => `${ISO}:${local}`;
const isoAnnexId = (letter: string) => `${ISO}:annex-${letter.toLowerCase()}`;
const noteId = (code: string) => `note:${code}`;

/** "Art. 26" → "eu-ai-act:art-26" */
function articleIdFromRef(ref: string): string {
  const number = /^Art\. (\d+)$/.exec(ref)?.[1] ?? fail(`unexpected article reference "${ref}"`);
  return articleId(number);
}

/** "70(2),(6)" → { article: 70, paragraphs: ["70(2)", "70(6)"] } */
function parseParagraphRef(ref: string): { article: number; paragraphs: string[] } {
  const [, number, points] = /^(\d+)((?:\(\w+\),?)+)$/.exec(ref) ?? fail(`unexpected paragraph reference "${ref}"`);
  const article = Number(number);
  const paragraphs = String(points)
    .split(',')
    .map((part) => `${article}${part}`);
  return { article, paragraphs };
}

/** "111(2)" → "art-111-2"; ["70(2)", "70(6)"] → "art-70-2-6" */
function paragraphSlug(paragraphs: string[]): string {
  const article = /^\d+/.exec(paragraphs[0] ?? '')?.[0] ?? fail(`unexpected paragraphs ${paragraphs.join(', ')}`);
  const points = paragraphs.map((p) => p.slice(article.length).replace(/[()]/g, ''));
  return `art-${article}-${points.join('-')}`;
}

// ---------------------------------------------------------------------------------------------
// EU AI Act

const ACT_SOURCE = 'eu-ai-act.json (EUR-Lex HTML extraction, cross-checked)';

/** Articles whose 2026-08-02 date carries the high-risk caveat of Art. 113 (Annex I products, Omnibus). */
function isHighRiskArticle(article: ActArticle): boolean {
  return article.chapter === 'III' || article.number === 72 || article.number === 73;
}

/** What the Act's builders share: the source, the records made so far, and the running position. */
interface ActBuild extends Build {
  act: ActFile;
  articlesByNumber: Map<number, ActArticle>;
  dates: ArticleDates;
}

/** When each article applies: the first Art. 113 date listing it, and the notes on it. */
interface ArticleDates {
  appliesFrom: Map<number, string>;
  /** Later dates listing an article again (Art. 6 for 6(1)), which become part of appliesFromNote. */
  laterDates: Map<number, string[]>;
  caveatOfDate: Map<string, string | undefined>;
}

function buildAct(act: ActFile, obligationNotes: ReferenceNote[]): DataFile {
  const build: ActBuild = {
    act,
    nodes: [],
    relationships: [],
    position: 0,
    articlesByNumber: new Map(act.articles.map((article) => [article.number, article])),
    dates: articleDates(act),
  };
  addActFramework(build);
  for (const chapter of act.chapters) addChapter(build, chapter);
  for (const annex of act.annexes) addAnnex(build, annex);
  checkActCounts(build);
  addMilestones(build);
  addLegislativeNotes(build, obligationNotes);
  return {
    description:
      'EU AI Act (Regulation (EU) 2024/1689): the framework, its chapters, sections, articles, annexes ' +
      'and annex sections (PART_OF hierarchy), the dated milestones of Arts. 111 and 113 and other ' +
      'dated duties, and the Digital Omnibus notes. Generated by server/scripts/import-reference.ts ' +
      'from ../shared/reference/eu-ai-act.json; do not edit by hand.',
    nodes: build.nodes,
    relationships: build.relationships,
  };
}

function addActFramework({ act, nodes }: ActBuild): void {
  nodes.push(
    node('Framework', {
      id: ACT,
      name: 'EU AI Act',
      title: act.title,
      kind: 'REGULATION',
      celex: act.celex,
      eli: act.eli,
      officialJournal: act.officialJournal,
      dateOfAct: isoDate(act.dateOfAct, 'dateOfAct'),
      publicationDate: isoDate(act.publicationDate, 'publicationDate'),
      entryIntoForce: isoDate(act.entryIntoForce, 'entryIntoForce'),
      sources: act.sources.articleTitles,
      caveat:
        'Numbers, titles and dates only; no legal text. Article titles follow the OJ-derived sources ' +
        '(EUR-Lex HTML extraction and OJ markdown). Dates are those of Regulation (EU) 2024/1689 as ' +
        'published; the Digital Omnibus amendment is recorded separately and its Official Journal ' +
        'publication was not verified.',
    }),
  );
}

function articleDates(act: ActFile): ArticleDates {
  const appliesFrom = new Map<number, string>();
  const laterDates = new Map<number, string[]>();
  for (const entry of act.applicationDates) {
    for (const number of entry.articles) {
      if (!appliesFrom.has(number)) {
        appliesFrom.set(number, isoDate(entry.date, `applicationDates ${entry.basis}`));
        continue;
      }
      const paragraphs = `Art. ${entry.paragraphs?.join(', ') ?? number}`;
      const caveat = entry.caveat ? ` ${entry.caveat}` : '';
      laterDates.set(number, [...(laterDates.get(number) ?? []), `${paragraphs} applies from ${entry.date} (${entry.basis}).${caveat}`]);
    }
  }
  const caveatOfDate = new Map(act.applicationDates.map((entry) => [entry.date, entry.caveat]));
  return { appliesFrom, laterDates, caveatOfDate };
}

function addChapter(build: ActBuild, chapter: ActChapter): void {
  const id = chapterId(chapter.number);
  addProvision(build, ACT, {
    id,
    framework: ACT,
    kind: 'CHAPTER',
    number: chapter.number,
    ref: `Chapter ${chapter.number}`,
    title: chapter.title,
    source: ACT_SOURCE,
  });
  for (const number of chapter.articles ?? []) addArticle(build, number, id);
  for (const section of chapter.sections ?? []) addChapterSection(build, chapter, section);
}

function addChapterSection(build: ActBuild, chapter: ActChapter, section: ActSection): void {
  const id = sectionId(chapter.number, section.number);
  addProvision(build, chapterId(chapter.number), {
    id,
    framework: ACT,
    kind: 'SECTION',
    number: section.number,
    ref: `Chapter ${chapter.number} Section ${section.number}`,
    title: section.title,
    source: ACT_SOURCE,
  });
  for (const number of section.articles) addArticle(build, number, id);
}

function addArticle(build: ActBuild, number: number, parent: string): void {
  const article = build.articlesByNumber.get(number) ?? fail(`article ${number} listed in a chapter but not defined`);
  const date = build.dates.appliesFrom.get(number) ?? fail(`article ${number} has no application date`);
  const dateCaveat = isHighRiskArticle(article) ? build.dates.caveatOfDate.get(date) : undefined;
  const notes = [...(build.dates.laterDates.get(number) ?? []), ...(dateCaveat ? [dateCaveat] : [])];
  addProvision(build, parent, {
    id: articleId(number),
    framework: ACT,
    kind: 'ARTICLE',
    number: String(number),
    ref: `Art. ${number}`,
    title: article.title,
    appliesFrom: date,
    appliesFromNote: notes.length > 0 ? notes.join(' ') : undefined,
    titleVerifiedBy: article.titleVerifiedBy,
    titleNote: article.titleNote,
    source: ACT_SOURCE,
  });
}

function addAnnex(build: ActBuild, annex: ActAnnex): void {
  addProvision(build, ACT, {
    id: annexId(annex.number),
    framework: ACT,
    kind: 'ANNEX',
    number: annex.number,
    ref: `Annex ${annex.number}`,
    title: annex.title,
    source: ACT_SOURCE,
  });
  for (const section of annex.sections ?? []) {
    addProvision(build, annexId(annex.number), {
      id: annexSectionId(annex.number, section.number),
      framework: ACT,
      kind: 'SECTION',
      number: section.number,
      ref: `Annex ${annex.number} Section ${section.number}`,
      title: section.title,
      source: ACT_SOURCE,
    });
  }
}

function checkActCounts({ act, nodes }: ActBuild): void {
  expectCount('chapters', countOfKind(nodes, 'CHAPTER'), act.counts.chapters);
  expectCount('articles', countOfKind(nodes, 'ARTICLE'), act.counts.articles);
  expectCount('annexes', countOfKind(nodes, 'ANNEX'), act.counts.annexes);
  expectCount(
    'chapter sections',
    nodes.filter((n) => n.label === 'Provision' && n.kind === 'SECTION' && n.id.includes(':chapter-')).length,
    act.counts.sections,
  );
}

/** The dated milestones of Arts. 113 (application) and 111 (transitional), and other dated duties. */
function addMilestones(build: ActBuild): void {
  const { act } = build;
  for (const entry of act.applicationDates) {
    addMilestone(
      build,
      {
        id: `milestone:${entry.date}:application`,
        date: isoDate(entry.date, 'applicationDates'),
        kind: 'APPLICATION',
        what: entry.what,
        basis: entry.basis,
        paragraphs: entry.paragraphs,
        caveat: entry.caveat,
        source: 'eu-ai-act.json applicationDates (Art. 113)',
      },
      entry.articles,
    );
  }
  for (const entry of act.transitionalDates) {
    addMilestone(
      build,
      {
        id: `milestone:${entry.date}:${paragraphSlug(entry.paragraphs)}`,
        date: isoDate(entry.date, 'transitionalDates'),
        kind: 'TRANSITIONAL',
        what: entry.what,
        basis: entry.paragraphs.map((p) => `Art. ${p}`).join(', '),
        paragraphs: entry.paragraphs,
        source: 'eu-ai-act.json transitionalDates (Art. 111)',
      },
      entry.articles,
    );
  }
  for (const entry of act.otherMilestones) {
    const { article, paragraphs } = parseParagraphRef(entry.article);
    addMilestone(
      build,
      {
        id: `milestone:${entry.date}:${paragraphSlug(paragraphs)}`,
        date: isoDate(entry.date, 'otherMilestones'),
        kind: 'OTHER',
        what: entry.what,
        basis: `Art. ${entry.article}`,
        paragraphs,
        source: 'eu-ai-act.json otherMilestones (paragraphs checked against the extracted OJ text)',
      },
      [article],
    );
  }
}

function addMilestone(build: ActBuild, fields: FromReference<Omit<NodeRecord<'Milestone'>, 'label'>>, articles: number[]): void {
  build.nodes.push(node('Milestone', fields));
  const { id } = fields;
  for (const number of articles) {
    if (!build.articlesByNumber.has(number)) fail(`milestone ${id} concerns unknown article ${number}`);
    build.relationships.push({ type: 'CONCERNS', from: id, to: articleId(number) });
  }
  build.relationships.push({ type: 'MILESTONE_OF', from: id, to: ACT });
}

/** Legislative notes: loaded once, from here; obligations.json repeats them and must agree. */
function addLegislativeNotes({ act, nodes, relationships }: ActBuild, obligationNotes: ReferenceNote[]): void {
  if (JSON.stringify(act.notes) !== JSON.stringify(obligationNotes)) {
    fail('the notes of eu-ai-act.json and obligations.json differ; reconcile them before importing');
  }
  for (const note of act.notes) {
    const id = noteId(note.id);
    nodes.push(
      node('LegislativeNote', {
        id,
        code: note.id,
        date: isoDate(note.date, `note ${note.id}`),
        status: note.status,
        what: note.what,
        changes: note.agreedChanges ?? note.proposedChanges,
        unchanged: note.unchanged,
        sources: note.sources,
        uncertainty: note.uncertainty,
      }),
    );
    relationships.push({ type: 'CONCERNS', from: id, to: ACT });
  }
}

// ---------------------------------------------------------------------------------------------
// ISO/IEC 42001

const ISO_CLAUSE_SOURCE = 'iso-42001.json (iTeh preview TOC, cross-checked with ciso-assistant)';
const ISO_ANNEX_A_SOURCE = 'iso-42001.json (ciso-assistant yaml, matched against two public control lists)';
const ISO_SOURCE = 'iso-42001.json';
const GROUPING_ID = isoId('4-10');

function buildIso(iso: IsoFile): DataFile {
  const build: Build = { nodes: [], relationships: [], position: 0 };
  addIsoFramework(build, iso);
  for (const clause of iso.frontClauses) {
    addProvision(build, ISO, {
      id: isoId(clause.number),
      framework: ISO,
      kind: 'CLAUSE',
      number: clause.number,
      ref: clause.number,
      title: clause.title,
      source: ISO_SOURCE,
    });
  }
  addClauseGrouping(build);
  const clauseCount = iso.clauses.reduce((count, clause) => count + addClause(build, clause, GROUPING_ID), 0);
  expectCount('clauses and subclauses 4–10', clauseCount, 43);
  for (const annex of iso.annexes) {
    addIsoAnnex(build, annex);
    if (annex.id === 'A') for (const topic of iso.annexA.topics) addAnnexATopic(build, iso.annexA, topic);
  }
  const { counts } = iso.annexA;
  expectCount('Annex A topics', countOfKind(build.nodes, 'ANNEX_A_TOPIC'), counts.topics);
  expectCount('Annex A objectives', countOfKind(build.nodes, 'ANNEX_A_OBJECTIVE'), counts.objectives);
  expectCount('Annex A controls', countOfKind(build.nodes, 'ANNEX_A_CONTROL'), counts.controls);

  return {
    description:
      'ISO/IEC 42001:2023 (titles only, no text of the standard): the framework, clauses 1–3, the ' +
      '"Clauses 4–10" grouping node with clauses 4–10 and their subclauses, Annexes A–D, and the Annex A ' +
      'topics, control objectives and controls (PART_OF hierarchy). Generated by ' +
      'server/scripts/import-reference.ts from ../shared/reference/iso-42001.json; do not edit by hand.',
    nodes: build.nodes,
    relationships: build.relationships,
  };
}

function addIsoFramework(build: Build, iso: IsoFile): void {
  build.nodes.push(
    node('Framework', {
      id: ISO,
      name: iso.designation,
      title: iso.title,
      kind: 'STANDARD',
      designation: iso.designation,
      edition: iso.edition,
      publicationDate: iso.publicationDate,
      committee: iso.committee,
      catalogueUrl: iso.catalogueUrl,
      normativeReference: iso.normativeReference,
      structure: iso.structure,
      sources: [
        'Clause titles: iTeh Standards preview table of contents of ISO/IEC 42001:2023 (first edition, 2023-12)',
        'Clause titles cross-checked against intuitem/ciso-assistant-community backend/library/libraries/iso42001-2023.yaml (commit f990d7b1); 6.1.1–6.1.4 from the TOC only',
        'Annex A titles: ciso-assistant iso42001-2023.yaml, matched against a provisional public control list (riskprofs.com, tcsa.in) and JKasteele/ai-act-companion app/knowledge/iso_42001.py',
      ],
      caveat: 'titles only; no text of the standard reproduced; purchased standard not checked',
    }),
  );
}

/** "Clauses 4–10": not an element of the standard, but what published crosswalks cite. */
function addClauseGrouping(build: Build): void {
  addProvision(build, ISO, {
    id: GROUPING_ID,
    framework: ISO,
    kind: 'CLAUSE',
    number: '4–10',
    ref: 'Clauses 4–10',
    title: 'AI management system requirements',
    grouping: true,
    caveat:
      'Not a numbered element of the standard: groups clauses 4–10 as published crosswalks cite them ' +
      '(e.g. "Clauses 4 to 10" against Art. 17).',
    source: 'Crosswalk grouping node for iso-42001.json clauses 4–10',
  });
}

/** A clause and its subclauses, depth first; returns how many it added. */
function addClause(build: Build, clause: IsoClause, parent: string): number {
  addProvision(build, parent, {
    id: isoId(clause.number),
    framework: ISO,
    kind: 'CLAUSE',
    number: clause.number,
    ref: clause.number,
    title: clause.title,
    verifiedBy: clause.verifiedBy,
    source: ISO_CLAUSE_SOURCE,
  });
  return 1 + (clause.subclauses ?? []).reduce((count, sub) => count + addClause(build, sub, isoId(clause.number)), 0);
}

function addIsoAnnex(build: Build, annex: IsoAnnex): void {
  const status = annex.status.toUpperCase();
  if (status !== 'NORMATIVE' && status !== 'INFORMATIVE') fail(`annex ${annex.id}: status "${annex.status}"`);
  addProvision(build, ISO, {
    id: isoAnnexId(annex.id),
    framework: ISO,
    kind: 'ANNEX',
    number: annex.id,
    ref: `Annex ${annex.id}`,
    title: annex.title,
    status,
    source: ISO_SOURCE,
  });
}

/** An Annex A topic, its control objectives and their controls, each PART_OF the one above. */
function addAnnexATopic(build: Build, annexA: IsoAnnexA, topic: IsoAnnexA['topics'][number]): void {
  addProvision(build, isoAnnexId('A'), {
    id: isoId(topic.id),
    framework: ISO,
    kind: 'ANNEX_A_TOPIC',
    number: topic.id,
    ref: topic.id,
    title: topic.title,
    source: ISO_ANNEX_A_SOURCE,
  });
  for (const objective of annexA.objectives.filter((o) => o.topic === topic.id)) {
    const objectiveId = isoId(`${objective.id}-objective`);
    addProvision(build, isoId(topic.id), {
      id: objectiveId,
      framework: ISO,
      kind: 'ANNEX_A_OBJECTIVE',
      number: objective.id,
      ref: objective.id,
      title: objective.title,
      source: ISO_ANNEX_A_SOURCE,
    });
    for (const controlRef of objective.controls) {
      const control =
        annexA.controls.find((c) => c.id === controlRef) ?? fail(`control ${controlRef} of objective ${objective.id} is not defined`);
      if (control.objectiveId !== objective.id || control.topicId !== topic.id) {
        fail(`control ${control.id} disagrees with its objective/topic listing`);
      }
      addProvision(build, objectiveId, {
        id: isoId(control.id),
        framework: ISO,
        kind: 'ANNEX_A_CONTROL',
        number: control.id,
        ref: control.id,
        title: control.title,
        titleVariantsSeen: control.titleVariantsSeen,
        source: ISO_ANNEX_A_SOURCE,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Obligations

const ROLES: Record<string, Role[]> = {
  provider: ['PROVIDER'],
  deployer: ['DEPLOYER'],
  importer: ['IMPORTER'],
  distributor: ['DISTRIBUTOR'],
  'importer/distributor/deployer': ['IMPORTER', 'DISTRIBUTOR', 'DEPLOYER'],
};
const RISK_CLASSES: Record<string, NodeRecord<'Obligation'>['riskClass']> = {
  all: 'ALL',
  prohibited: 'PROHIBITED',
  'high-risk': 'HIGH_RISK',
  transparency: 'TRANSPARENCY',
  gpai: 'GPAI',
  'gpai-systemic-risk': 'GPAI_SYSTEMIC_RISK',
};

function buildObligations(file: ObligationsFile, articleIds: Set<string>): DataFile {
  const nodes: AnyNode[] = [];
  const relationships: AnyRelationship[] = [];
  for (const obligation of file.obligations) {
    const { id } = addObligation(nodes, obligation);
    const article = articleIdFromRef(obligation.article);
    if (!articleIds.has(article)) fail(`obligation ${obligation.id}: article ${article} is not in eu-ai-act.json`);
    relationships.push({ type: 'DERIVED_FROM', from: id, to: article });
    if (obligation.amendedAppliesFrom || obligation.amendment) relationships.push({ type: 'AMENDED_BY', from: id, to: OMNIBUS_AGREEMENT });
  }
  expectCount('obligations', nodes.length, file.counts.obligations);

  return {
    description:
      'Obligations of the EU AI Act by role and risk class, each DERIVED_FROM its article and, where the ' +
      'Digital Omnibus moves its date or rewords it, AMENDED_BY the Omnibus agreement note. Summaries are ' +
      'paraphrases. Generated by server/scripts/import-reference.ts from ../shared/reference/obligations.json ' +
      '(its notes are identical to those of eu-ai-act.json and are loaded from there); do not edit by hand.',
    fieldNotes: file.fieldNotes,
    nodes,
    relationships,
  };
}

function addObligation(nodes: AnyNode[], obligation: ReferenceObligation): NodeRecord<'Obligation'> {
  const where = `obligation ${obligation.id}`;
  const amended = obligation.amendedAppliesFrom;
  const added = node('Obligation', {
    id: `obligation:${obligation.id}`,
    code: obligation.id,
    summary: obligation.summary,
    roles: ROLES[obligation.role] ?? fail(`${where}: unknown role "${obligation.role}"`),
    riskClass: RISK_CLASSES[obligation.riskClass] ?? fail(`${where}: unknown risk class "${obligation.riskClass}"`),
    paragraph: obligation.paragraph,
    appliesFrom: isoDate(obligation.appliesFrom, where),
    appliesFromAnnexIProducts: obligation.appliesFromAnnexIProducts && isoDate(obligation.appliesFromAnnexIProducts, where),
    amendedAppliesFrom: amended?.annexIII && isoDate(amended.annexIII, where),
    amendedAppliesFromAnnexIProducts: amended?.annexI && isoDate(amended.annexI, where),
    amendmentStatus: amended?.status,
    amendmentNote: obligation.amendment,
    note: obligation.note,
    scope: obligation.scope,
    exemption: obligation.exemption,
    legacyModels: obligation.legacyModels,
    source: 'obligations.json compilation (dates from Arts. 111 and 113; paragraphs checked against the extracted OJ text)',
    caveat: 'The summary is a paraphrase (at most 15 words), not legal text.',
  });
  nodes.push(added);
  return added;
}

// ---------------------------------------------------------------------------------------------
// Crosswalk

const RELATIONSHIPS: Record<string, MappingRelationship> = {
  equal: 'EQUAL',
  subset: 'SUBSET_OF',
  superset: 'SUPERSET_OF',
  intersects: 'INTERSECTS_WITH',
  'not related': 'NOT_RELATED',
  'not-related': 'NOT_RELATED',
  'no-relationship': 'NOT_RELATED',
};
const BASE_STRENGTH: Record<MappingRelationship, number> = {
  EQUAL: 10,
  SUBSET_OF: 7,
  SUPERSET_OF: 7,
  INTERSECTS_WITH: 5,
  NOT_RELATED: 1,
};
const DERIVED_FROM_TITLES = 'derived from titles';
// A source key ending in this suffix names a whole category ("Annex A.9"), not the pair itself: it is
// recorded as a source but does not count as a second published crosswalk asserting the pair.
const CATEGORY_LEVEL_SUFFIX = '#CROSSWALK-category-level';
const STRENGTH_RULE =
  'Crosswalk rule: EQUAL 10, SUBSET_OF/SUPERSET_OF 7, INTERSECTS_WITH 5, NOT_RELATED 1; +1 when two or ' +
  'more published crosswalks assert the pair itself (category-level support does not count); −2 when the ' +
  'pair is only derived from titles.';

/** The strength rule of graph/README.md, with the reasoning written out for strengthBasis. */
function strengthOf(relationship: MappingRelationship, sources: string[]): { strength: number; basis: string } {
  const base = BASE_STRENGTH[relationship];
  const published = sources.filter((source) => source !== DERIVED_FROM_TITLES);
  const pairLevel = published.filter((source) => !source.endsWith(CATEGORY_LEVEL_SUFFIX)).length;
  const categoryLevel = published.length - pairLevel;
  let strength = base;
  const steps = [`${relationship} ${base}`];
  if (pairLevel >= 2) {
    strength += 1;
    steps.push(`+1 (${pairLevel} published crosswalks)`);
  } else if (categoryLevel > 0) {
    steps.push(`+0 (${pairLevel} published crosswalk for the pair; ${categoryLevel} at category level only)`);
  }
  if (published.length === 0) {
    strength -= 2;
    steps.push('−2 (derived from titles only)');
  }
  strength = Math.min(10, Math.max(1, strength));
  return { strength, basis: `${steps.join(' ')} = ${strength}. ${STRENGTH_RULE}` };
}

function isoEndpoint(iso: string): string {
  if (iso === '4-10') return GROUPING_ID;
  return isoId(iso); // clause numbers, Annex A topics ("A.7") and controls ("A.6.2.4")
}

function buildCrosswalk(file: CrosswalkFile, provisionTitles: Map<string, string>): DataFile {
  const relationships: RelationshipRecord<'MAPS_TO'>[] = [];
  for (const mapping of file.mappings) {
    const from = isoEndpoint(mapping.iso);
    const to = articleIdFromRef(mapping.act);
    const where = `mapping ${mapping.iso} → ${mapping.act}`;
    if (!provisionTitles.has(from)) fail(`${where}: ${from} is not an ISO provision`);
    if (from !== GROUPING_ID && provisionTitles.get(from) !== mapping.isoTitle) fail(`${where}: ISO title differs`);
    if (provisionTitles.get(to) !== mapping.actTitle) fail(`${where}: article title differs`);
    const relationship = RELATIONSHIPS[mapping.relationship] ?? fail(`${where}: unknown relationship "${mapping.relationship}"`);
    const { strength, basis } = strengthOf(relationship, mapping.sources);
    relationships.push({
      type: 'MAPS_TO',
      ...withoutAbsent<Omit<RelationshipRecord<'MAPS_TO'>, 'type'>>({
        id: `mapping:${from}>${to}`,
        from,
        to,
        relationship,
        strength,
        rationale: mapping.note,
        sources: mapping.sources,
        actParagraph: mapping.actParagraph,
        caveat: file.caveat,
        strengthBasis: basis,
      }),
    });
  }
  expectCount('mappings', relationships.length, file.counts.mappings);
  const ids = new Set(relationships.map((r) => r.id));
  expectCount('distinct mapping ids', ids.size, relationships.length);

  return {
    description:
      `Crosswalk from ${file.from} to ${file.to}: MAPS_TO relationships from the ISO element to the ` +
      `AI Act article. ${file.relationshipSemantics} Strength is set by Crosswalk's rule (graph/README.md), ` +
      'not by the sources. Generated by server/scripts/import-reference.ts from ' +
      '../shared/reference/crosswalk-iso42001-euaiact.json; do not edit by hand.',
    relationshipSemantics: file.relationshipSemantics,
    sourceKey: file.sourceKey,
    caveat: file.caveat,
    nodes: [],
    relationships,
  };
}

// ---------------------------------------------------------------------------------------------

function write(name: string, data: DataFile): void {
  const path = join(outputDir, name);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${path}: ${data.nodes.length} nodes, ${data.relationships.length} relationships`);
}

function main(): void {
  const act = readJson<ActFile>('eu-ai-act.json');
  const iso = readJson<IsoFile>('iso-42001.json');
  const obligations = readJson<ObligationsFile>('obligations.json');
  const crosswalk = readJson<CrosswalkFile>('crosswalk-iso42001-euaiact.json');

  const actData = buildAct(act, obligations.notes);
  const isoData = buildIso(iso);
  const provisions = [...actData.nodes, ...isoData.nodes].filter((node): node is NodeRecord<'Provision'> => node.label === 'Provision');
  const provisionTitles = new Map(provisions.map((provision) => [provision.id, provision.title]));
  const articleIds = new Set(provisions.filter((provision) => provision.kind === 'ARTICLE').map((provision) => provision.id));
  const obligationData = buildObligations(obligations, articleIds);
  const crosswalkData = buildCrosswalk(crosswalk, provisionTitles);

  mkdirSync(outputDir, { recursive: true });
  write('eu-ai-act.json', actData);
  write('iso42001.json', isoData);
  write('obligations.json', obligationData);
  write('crosswalk.json', crosswalkData);
}

main();
