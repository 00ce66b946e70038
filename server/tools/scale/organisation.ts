// The synthetic organisation of `pnpm graph:generate`, as a data file of graph/README.md's model (the
// same JSON shape as graph/data/demo/*.json, dates as YYYY-MM-DD), so the loader's own rules validate
// it and turn its values into Neo4j dates and integers. Deterministic: same options, same day, same file.
import { EVIDENCE_KINDS, type NodeLabel } from '../../src/graph/model.js';
import type { ScaleOptions } from './options.js';
import { Random } from './random.js';
import type { GeneratedNode, GeneratedRelationship, NodeRecord, SystemRiskClass, TransparencyTrigger } from './records.js';
import {
  ANNEX_III_AREA_WEIGHTS,
  CATEGORIES,
  CONTROL_ACTIONS,
  COUNTRIES,
  EVIDENCE_PROFILES,
  type EvidenceProfile,
  FIRST_NAMES,
  type Freshness,
  FRESHNESS_WHEN_EXPIRING,
  FRESHNESS_WHEN_HEALTHY,
  IMPLEMENTATION_STATUSES,
  JOB_TITLES,
  LAST_NAMES,
  LIFECYCLE_STAGE_WEIGHTS,
  MODEL_TYPES,
  MODEL_WORDS,
  MODELS_PER_SYSTEM,
  PURPOSES,
  RATIONALES,
  RELATIONSHIP_STRENGTHS,
  SATISFIES_RELATIONSHIPS,
  SYSTEM_RISK_CLASS_WEIGHTS,
  SYSTEM_ROLES,
  TARGETS_PER_CONTROL,
  TRANSPARENCY_TRIGGER_WEIGHTS,
  UNITS,
  VALIDITY_DAYS,
  VENDOR_FORMS,
  VENDOR_KINDS,
  VENDOR_RISK_TIERS,
  VENDOR_STEMS,
} from './vocabulary.js';

/** The reference data generated controls satisfy, read from the graph (ids sorted). */
export interface ReferenceTargets {
  isoControls: string[];
  isoClauses: string[];
  obligations: string[];
}

export interface OrganisationFile {
  description: string;
  nodes: GeneratedNode[];
  relationships: GeneratedRelationship[];
}

/** The vendor behind a large share of systems, through the models it supplies and their fine-tunes. */
export const BIG_VENDOR_ID = 'vendor:gen-big';
/** Share of systems built on the big vendor's models: 600 of the default 5,000. */
export const BIG_VENDOR_SHARE = 0.12;

/**
 * Every generated id has the `gen-` infix after its prefix (controls: `control:GEN-<n>`, as control
 * ids are `control:<code>`), so generated nodes can be found and removed without touching others.
 */
export const GENERATED_ID_PREFIXES: { label: NodeLabel; prefix: string }[] = [
  { label: 'Evidence', prefix: 'evidence:gen-' },
  { label: 'Control', prefix: 'control:GEN-' },
  { label: 'AISystem', prefix: 'system:gen-' },
  { label: 'Model', prefix: 'model:gen-' },
  { label: 'Vendor', prefix: 'vendor:gen-' },
  { label: 'Owner', prefix: 'owner:gen-' },
];

const pad = (index: number, count: number, minimum: number) => String(index).padStart(Math.max(minimum, String(count).length), '0');

const DAY_MS = 86_400_000;
function dayOffset(today: Date, days: number): string {
  const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return new Date(base + days * DAY_MS).toISOString().slice(0, 10);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What every generator shares: the options, the day dates are relative to, and the records made so far. */
interface Generation {
  options: ScaleOptions;
  today: Date;
  /** An independent random stream per kind, so changing one count leaves the others' choices alone. */
  random(stream: string): Random;
  nodes: GeneratedNode[];
  relationships: GeneratedRelationship[];
}

/** The business units: one team each, and the people who belong to it. */
interface Units {
  teams: string[];
  peopleByUnit: string[][];
}

/** The models systems can use. */
interface ModelPool {
  /** The big vendor's models and the in-house fine-tunes of them. */
  bigFamily: string[];
  others: string[];
  gpai: Set<string>;
}

interface Systems {
  ids: string[];
  byUnit: string[][];
  /** How many of them are built on the big vendor's family of models. */
  onBigVendor: number;
}

/** A generated control, as its evidence needs it; `unit` is -1 for a group-wide control. */
interface ControlSummary {
  id: string;
  unit: number;
  owner: string;
  profile: EvidenceProfile;
}

/**
 * Generates the organisation: owners in business units (teams), vendors (one of them, `vendor:gen-big`,
 * behind BIG_VENDOR_SHARE of the systems through its models and in-house fine-tunes of them), models,
 * systems of every role, risk class and lifecycle stage, controls that satisfy ISO/IEC 42001 and Act
 * obligations and govern 10–40 systems each, and evidence in every freshness bucket relative to `today`.
 * Each kind draws from its own random stream, so changing one count leaves the others' choices alone.
 */
export function generateOrganisation(options: ScaleOptions, reference: ReferenceTargets, today: Date): OrganisationFile {
  const generation: Generation = { options, today, random: (stream) => new Random(options.seed, stream), nodes: [], relationships: [] };
  const units = generateOwners(generation);
  const vendors = generateVendors(generation);
  const models = generateModels(generation, vendors);
  const systems = generateSystems(generation, units, models, vendors);
  const controls = generateControls(generation, reference, units, systems);
  generateEvidence(generation, units, controls);
  return {
    description:
      `Synthetic organisation for scale tests (pnpm graph:generate): seed ${options.seed}, ${options.systems} systems, ` +
      `${options.models} models, ${options.vendors} vendors, ${options.controls} controls, ${options.owners} owners, ` +
      `${options.evidence} evidence items; ${BIG_VENDOR_ID} behind ${systems.onBigVendor} systems. Dates relative to ${dayOffset(today, 0)}.`,
    nodes: generation.nodes,
    relationships: generation.relationships,
  };
}

// ---------------------------------------------------------------------------------------------
// Owners: teams are the business units; people belong to one each.

function generateOwners(generation: Generation): Units {
  const random = generation.random('owners');
  const teamCount = Math.max(1, Math.round(generation.options.owners * 0.05));
  const personCount = generation.options.owners - teamCount;
  const teams = Array.from({ length: teamCount }, (_, t) => addTeam(generation, t, teamCount));
  const peopleByUnit: string[][] = teams.map(() => []);
  for (let p = 0; p < personCount; p += 1) {
    const unit = p % teamCount;
    const id = addPerson(generation, p, personCount, random);
    peopleByUnit[unit]!.push(id);
    generation.relationships.push({ type: 'MEMBER_OF', from: id, to: teams[unit]! });
  }
  return { teams, peopleByUnit };
}

function addTeam(generation: Generation, t: number, teamCount: number): string {
  const id = `owner:gen-team-${pad(t + 1, teamCount, 2)}`;
  const unit = UNITS[t % UNITS.length]!;
  const name = teamCount > UNITS.length ? `${unit} ${Math.floor(t / UNITS.length) + 1}` : unit;
  generation.nodes.push({
    label: 'Owner',
    id,
    kind: 'TEAM',
    name,
    email: `team-${pad(t + 1, teamCount, 2)}@gen.example`,
    description: `Business unit ${name} (synthetic scale data): owns its AI systems, controls and evidence.`,
  });
  return id;
}

function addPerson(generation: Generation, p: number, personCount: number, random: Random): string {
  const id = `owner:gen-${pad(p + 1, personCount, 4)}`;
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  generation.nodes.push({
    label: 'Owner',
    id,
    kind: 'PERSON',
    name: `${first} ${last}`,
    email: `${first}.${last}.${pad(p + 1, personCount, 4)}@gen.example`
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
    jobTitle: random.pick(JOB_TITLES),
  });
  return id;
}

/** A person of the unit, sometimes the unit's team itself. */
function ownerIn(units: Units, unit: number, random: Random): string {
  const people = units.peopleByUnit[unit]!;
  return people.length > 0 && !random.chance(0.1) ? random.pick(people) : units.teams[unit]!;
}

// ---------------------------------------------------------------------------------------------
// Vendors: the big one first.

/** Returns the vendors other than the big one. */
function generateVendors(generation: Generation): string[] {
  const random = generation.random('vendors');
  generation.nodes.push({
    label: 'Vendor',
    id: BIG_VENDOR_ID,
    name: 'Colossus AI Inc.',
    country: 'US',
    description: 'Hyperscale model provider behind a large share of the organisation’s AI systems (synthetic scale data).',
    contractRef: 'MSA-GEN-BIG-2024',
    riskTier: 'HIGH',
  });
  const others: string[] = [];
  for (let v = 1; v < generation.options.vendors; v += 1) {
    const vendor = vendorNode(v, generation.options.vendors, random);
    others.push(vendor.id);
    generation.nodes.push(vendor);
  }
  return others;
}

function vendorNode(v: number, count: number, random: Random): NodeRecord<'Vendor'> {
  const number = pad(v, count, 3);
  const vendor: NodeRecord<'Vendor'> = {
    label: 'Vendor',
    id: `vendor:gen-${number}`,
    name: `${random.pick(VENDOR_STEMS)} ${random.pick(VENDOR_KINDS)} ${number} ${random.pick(VENDOR_FORMS)}`,
    country: random.pick(COUNTRIES),
    description: 'Supplier of AI models and systems (synthetic scale data).',
    riskTier: random.weighted(VENDOR_RISK_TIERS),
  };
  if (random.chance(0.85)) vendor.contractRef = `CTR-GEN-${number}`;
  return vendor;
}

// ---------------------------------------------------------------------------------------------
// Models: the big vendor's, in-house fine-tunes of them, then the rest.

function generateModels(generation: Generation, otherVendors: string[]): ModelPool {
  const random = generation.random('models');
  const count = generation.options.models;
  const bigCount = Math.max(1, Math.round(count * 0.012));
  const bigDerivedCount = Math.min(count - bigCount, Math.round(count * 0.008));
  const pool: ModelPool = { bigFamily: [], others: [], gpai: new Set() };
  const fineTuneDepth = new Map<string, number>();
  for (let m = 0; m < count; m += 1) {
    const isBig = m < bigCount;
    const isBigDerived = !isBig && m < bigCount + bigDerivedCount;
    const model = modelNode(m, count, isBig, isBigDerived, random);
    if (model.gpai) pool.gpai.add(model.id);
    generation.nodes.push(model);
    if (isBig) {
      pool.bigFamily.push(model.id);
      generation.relationships.push({ type: 'SUPPLIED_BY', from: model.id, to: BIG_VENDOR_ID });
    } else if (isBigDerived) {
      // In-house (no vendor), so the big vendor reaches its systems only through FINE_TUNED_FROM.
      pool.bigFamily.push(model.id);
      generation.relationships.push({ type: 'FINE_TUNED_FROM', from: model.id, to: pool.bigFamily[random.int(0, bigCount - 1)]! });
    } else {
      pool.others.push(model.id);
      linkOtherModel(generation, model.id, pool.others, otherVendors, fineTuneDepth, random);
    }
  }
  return pool;
}

function modelNode(m: number, count: number, isBig: boolean, isBigDerived: boolean, random: Random): NodeRecord<'Model'> {
  const number = pad(m + 1, count, 4);
  const modelType = isBig && m % 3 === 0 ? 'GPAI' : random.weighted(MODEL_TYPES);
  const gpai = modelType === 'GPAI';
  return {
    label: 'Model',
    id: `model:gen-${number}`,
    name: `${isBig ? 'Colossus' : random.pick(VENDOR_STEMS)} ${MODEL_WORDS[modelType]} ${number}`,
    version: `${random.int(1, 5)}.${random.int(0, 9)}`,
    modelType,
    gpai,
    systemicRisk: gpai && (m === 0 || random.chance(0.2)),
    openWeights: random.chance(0.3),
    description: isBigDerived ? 'In-house fine-tune of a Colossus AI model (synthetic scale data).' : 'Synthetic scale data.',
  };
}

/** A model outside the big family: often from another vendor, sometimes a fine-tune (chains of up to three links). */
function linkOtherModel(
  generation: Generation,
  id: string,
  others: string[],
  otherVendors: string[],
  fineTuneDepth: Map<string, number>,
  random: Random,
): void {
  if (otherVendors.length > 0 && random.chance(0.7)) {
    generation.relationships.push({ type: 'SUPPLIED_BY', from: id, to: otherVendors[random.skewed(otherVendors.length)]! });
  }
  const bases = others.slice(0, -1);
  if (bases.length > 0 && random.chance(0.12)) {
    const base = random.pick(bases);
    const depth = (fineTuneDepth.get(base) ?? 0) + 1;
    if (depth <= 3) {
      fineTuneDepth.set(id, depth);
      generation.relationships.push({ type: 'FINE_TUNED_FROM', from: id, to: base });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// AI systems: an exact share built on the big vendor's family of models.

/** What making one system needs besides the generation itself. */
interface SystemDraws {
  random: Random;
  /** The false-or-missing public-status draw has its own stream, so the systems' other choices are what they were before it. */
  publicStatusRandom: Random;
  onBigVendor: Set<number>;
  units: Units;
  models: ModelPool;
  otherVendors: string[];
}

function generateSystems(generation: Generation, units: Units, models: ModelPool, otherVendors: string[]): Systems {
  const count = generation.options.systems;
  const random = generation.random('systems');
  const bigCount = Math.ceil(count * BIG_VENDOR_SHARE);
  const onBigVendor = new Set(random.shuffle(Array.from({ length: count }, (_, i) => i)).slice(0, bigCount));
  const draws: SystemDraws = {
    random,
    publicStatusRandom: generation.random('system-public-status'),
    onBigVendor,
    units,
    models,
    otherVendors,
  };
  const systems: Systems = { ids: [], byUnit: units.teams.map(() => []), onBigVendor: bigCount };
  for (let s = 0; s < count; s += 1) {
    const { id, unit } = generateSystem(generation, s, draws);
    systems.ids.push(id);
    systems.byUnit[unit]!.push(id);
  }
  return systems;
}

function generateSystem(generation: Generation, s: number, draws: SystemDraws): { id: string; unit: number } {
  const { random } = draws;
  const number = pad(s + 1, generation.options.systems, 5);
  const id = `system:gen-${number}`;
  const unit = random.int(0, draws.units.teams.length - 1);
  const { riskClass, basis, purposeKey } = classifySystem(random);
  const purpose = random.pick(PURPOSES[purposeKey]!);
  const unitName = UNITS[unit % UNITS.length]!;
  const roles = random.weighted(SYSTEM_ROLES);
  const lifecycleStage = riskClass === 'PROHIBITED' ? 'DESIGN' : random.weighted(LIFECYCLE_STAGE_WEIGHTS);
  const placed = lifecycleStage === 'DEPLOYED' || lifecycleStage === 'RETIRED';
  const placedOnMarket = placed ? { placedOnMarket: dayOffset(generation.today, -random.int(30, 8 * 365)) } : {};
  const publicStatus = publicStatusOf(draws);
  const flaggedForReview = riskClass === 'PROHIBITED' || random.chance(0.02);
  const reviewReason =
    riskClass === 'PROHIBITED'
      ? 'Candidate prohibited practice under Art. 5: legal review before any further work.'
      : 'Art. 6(3) assessment pending: may not be high-risk after all.';
  const gpaiBased = useModels(generation, id, s, draws);
  supplySystem(generation, id, draws.onBigVendor.has(s), draws);
  generation.relationships.push({ type: 'OWNS', from: ownerIn(draws.units, unit, random), to: id });
  generation.nodes.push({
    label: 'AISystem',
    id,
    name: `${unitName} ${purpose} ${number}`,
    roles,
    riskClass,
    lifecycleStage,
    ...basis,
    description: `${capitalise(purpose)} for ${unitName} (synthetic scale data).`,
    intendedPurpose: `Support ${unitName} staff with ${purpose}; people review the outcomes that affect customers.`,
    ...placedOnMarket,
    ...publicStatus,
    flaggedForReview,
    ...(flaggedForReview ? { reviewReason } : {}),
    gpaiBased,
  });
  return { id, unit };
}

type SystemBasis = Pick<NodeRecord<'AISystem'>, 'highRiskBasis' | 'annexIIIArea' | 'transparencyTriggers'>;

/** The risk class, what makes it so, and the key of PURPOSES the system's purpose comes from. */
function classifySystem(random: Random): { riskClass: SystemRiskClass; basis: SystemBasis; purposeKey: string } {
  const riskClass = random.weighted(SYSTEM_RISK_CLASS_WEIGHTS);
  if (riskClass === 'HIGH_RISK') {
    if (!random.chance(0.85)) return { riskClass, basis: { highRiskBasis: 'ANNEX_I' }, purposeKey: 'ANNEX_I' };
    const annexIIIArea = random.weighted(ANNEX_III_AREA_WEIGHTS);
    return { riskClass, basis: { highRiskBasis: 'ANNEX_III', annexIIIArea }, purposeKey: annexIIIArea };
  }
  if (riskClass === 'TRANSPARENCY') {
    const count = random.chance(0.2) ? 2 : 1;
    const triggers = new Set<TransparencyTrigger>();
    while (triggers.size < count) triggers.add(random.weighted(TRANSPARENCY_TRIGGER_WEIGHTS));
    const transparencyTriggers = [...triggers];
    return { riskClass, basis: { transparencyTriggers }, purposeKey: transparencyTriggers[0]! };
  }
  if (riskClass === 'PROHIBITED') return { riskClass, basis: { transparencyTriggers: ['EMOTION_RECOGNITION'] }, purposeKey: riskClass };
  return { riskClass, basis: {}, purposeKey: riskClass };
}

/**
 * Public-status facts (Art. 26(8), 27(1), 111(2)): a public-sector deployment (4% of systems) records all
 * three as true; of the others, some record them as false and the rest leave them missing ("unknown"),
 * as real inventories do.
 */
function publicStatusOf(
  draws: SystemDraws,
): Pick<NodeRecord<'AISystem'>, 'deployerIsPublicAuthority' | 'deployerIsPublicServiceBody' | 'intendedForPublicAuthorities'> {
  const known = (value: boolean) => ({
    deployerIsPublicAuthority: value,
    deployerIsPublicServiceBody: value,
    intendedForPublicAuthorities: value,
  });
  if (draws.random.chance(0.04)) return known(true);
  return draws.publicStatusRandom.chance(0.6) ? known(false) : {};
}

/** Links the system to 1–3 models, one of the big family first on the big vendor's systems; says whether one is GPAI. */
function useModels(generation: Generation, id: string, s: number, draws: SystemDraws): boolean {
  const { random, models } = draws;
  const onBigVendor = draws.onBigVendor.has(s);
  const count = random.weighted(MODELS_PER_SYSTEM);
  const used = new Set<string>();
  if (onBigVendor) used.add(random.pick(models.bigFamily));
  while (models.others.length > 0 && used.size < Math.min(count, models.others.length + (onBigVendor ? 1 : 0))) {
    used.add(models.others[random.skewed(models.others.length, 1.6)]!);
  }
  for (const model of used) generation.relationships.push({ type: 'USES_MODEL', from: id, to: model });
  return [...used].some((model) => models.gpai.has(model));
}

/** Bought in: some of the big vendor's systems from it, some others from another vendor. */
function supplySystem(generation: Generation, id: string, onBigVendor: boolean, draws: SystemDraws): void {
  const { random, otherVendors } = draws;
  if (onBigVendor && random.chance(0.1)) generation.relationships.push({ type: 'SUPPLIED_BY', from: id, to: BIG_VENDOR_ID });
  else if (!onBigVendor && otherVendors.length > 0 && random.chance(0.2)) {
    generation.relationships.push({ type: 'SUPPLIED_BY', from: id, to: otherVendors[random.skewed(otherVendors.length)]! });
  }
}

// ---------------------------------------------------------------------------------------------
// Controls: most govern systems of their own unit, some are group-wide.

function generateControls(generation: Generation, reference: ReferenceTargets, units: Units, systems: Systems): ControlSummary[] {
  const random = generation.random('controls');
  const targetPools = (
    [
      [reference.isoControls, 45],
      [reference.isoClauses, 20],
      [reference.obligations, 35],
    ] as [string[], number][]
  ).filter(([pool]) => pool.length > 0);
  if (targetPools.length === 0)
    throw new Error('The graph holds no ISO/IEC 42001 provisions or obligations: load the reference data first.');
  return Array.from({ length: generation.options.controls }, (_, c) => generateControl(generation, c, targetPools, units, systems, random));
}

function generateControl(
  generation: Generation,
  c: number,
  targetPools: [string[], number][],
  units: Units,
  systems: Systems,
  random: Random,
): ControlSummary {
  const code = `GEN-${pad(c + 1, generation.options.controls, 4)}`;
  const id = `control:${code}`;
  const category = random.pick(CATEGORIES);
  const implementationStatus = random.weighted(IMPLEMENTATION_STATUSES);
  const groupWide = random.chance(0.2);
  const unit = random.int(0, units.teams.length - 1);
  const action = random.pick(CONTROL_ACTIONS);
  generation.nodes.push({
    label: 'Control',
    id,
    code,
    name: `${category} ${action} ${code}`,
    description: `${capitalise(action)} for ${category.toLowerCase()} in ${groupWide ? 'the whole group' : UNITS[unit % UNITS.length]} (synthetic scale data).`,
    category,
    implementationStatus,
  });
  const owner = groupWide ? random.pick(units.teams) : ownerIn(units, unit, random);
  generation.relationships.push({ type: 'OWNS', from: owner, to: id });
  satisfyTargets(generation, id, `${category.toLowerCase()} ${action}`, targetPools, random);
  // Which systems it governs: 10–40.
  for (const system of random.sample(groupWide ? systems.ids : systems.byUnit[unit]!, random.int(10, 40))) {
    generation.relationships.push({ type: 'GOVERNS', from: id, to: system });
  }
  const profile = implementationStatus === 'PLANNED' && random.chance(0.7) ? 'none' : random.weighted(EVIDENCE_PROFILES);
  return { id, unit: groupWide ? -1 : unit, owner, profile };
}

/** What a control satisfies: 1–4 distinct ISO elements or obligations, each with a relationship and strength. */
function satisfyTargets(generation: Generation, id: string, what: string, targetPools: [string[], number][], random: Random): void {
  const count = random.weighted(TARGETS_PER_CONTROL);
  const targets = new Set<string>();
  for (let attempt = 0; targets.size < count && attempt < count * 4; attempt += 1) {
    targets.add(random.pick(random.weighted(targetPools)));
  }
  for (const target of targets) {
    const relationship = random.weighted(SATISFIES_RELATIONSHIPS);
    const [low, high] = RELATIONSHIP_STRENGTHS[relationship];
    generation.relationships.push({
      type: 'SATISFIES',
      from: id,
      to: target,
      relationship,
      strength: random.int(low, high),
      rationale: `The ${what} ${RATIONALES[relationship]} (synthetic mapping).`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Evidence: a control's profile decides how fresh its items are; all buckets occur relative to today.

function generateEvidence(generation: Generation, units: Units, controls: ControlSummary[]): void {
  const random = generation.random('evidence');
  const evidenced = controls.filter((control) => control.profile !== 'none');
  const byProfile = new Map<EvidenceProfile, ControlSummary[]>();
  for (const control of evidenced) {
    const group = byProfile.get(control.profile);
    if (group) group.push(control);
    else byProfile.set(control.profile, [control]);
  }
  for (let e = 0; e < generation.options.evidence && evidenced.length > 0; e += 1) {
    const number = pad(e + 1, generation.options.evidence, 6);
    const id = `evidence:gen-${number}`;
    const control = random.pick(evidenced);
    generation.nodes.push(evidenceNode(generation, id, number, control, random));
    generation.relationships.push({ type: 'SUPPORTS', from: id, to: control.id });
    // Some items prove two controls of the same profile (so a stale control stays stale).
    const sameProfile = byProfile.get(control.profile)!;
    if (sameProfile.length > 1 && random.chance(0.15)) {
      const second = random.pick(sameProfile);
      if (second.id !== control.id) generation.relationships.push({ type: 'SUPPORTS', from: id, to: second.id });
    }
    const owner = random.chance(0.6) || control.unit < 0 ? control.owner : ownerIn(units, control.unit, random);
    generation.relationships.push({ type: 'OWNS', from: owner, to: id });
  }
}

function evidenceNode(generation: Generation, id: string, number: string, control: ControlSummary, random: Random): NodeRecord<'Evidence'> {
  const freshness = freshnessFor(control.profile, random);
  const validFor = random.weighted(VALIDITY_DAYS);
  const validUntilOffset =
    freshness === 'current' ? random.int(31, validFor) : freshness === 'expiring' ? random.int(0, 30) : -random.int(1, 900);
  const collectedOffset = Math.min(validUntilOffset - validFor, -random.int(0, 60));
  const kind = random.pick(EVIDENCE_KINDS);
  const collectedOn = dayOffset(generation.today, collectedOffset);
  return {
    label: 'Evidence',
    id,
    title: `${capitalise(kind.toLowerCase().replaceAll('_', ' '))} for ${control.id.slice('control:'.length)} (${collectedOn.slice(0, 4)})`,
    kind,
    location: `https://evidence.gen.example/${kind.toLowerCase()}/${number}`,
    collectedOn,
    validUntil: dayOffset(generation.today, validUntilOffset),
  };
}

function freshnessFor(profile: EvidenceProfile, random: Random): Freshness {
  if (profile === 'stale') return 'expired';
  return random.weighted(profile === 'expiring' ? FRESHNESS_WHEN_EXPIRING : FRESHNESS_WHEN_HEALTHY);
}
