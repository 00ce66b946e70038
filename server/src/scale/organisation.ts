// The synthetic organisation of `pnpm graph:generate`, as a data file of graph/README.md's model (the
// same JSON shape as graph/data/demo/*.json, dates as YYYY-MM-DD), so the loader's own rules validate
// it and turn its values into Neo4j dates and integers. Deterministic: same options, same day, same file.
import { EVIDENCE_KINDS, type NodeLabel, type RelationshipType } from '../graph/model.js';
import type { ScaleOptions } from './options.js';
import { Random } from './random.js';

/** The reference data generated controls satisfy, read from the graph (ids sorted). */
export interface ReferenceTargets {
  isoControls: string[];
  isoClauses: string[];
  obligations: string[];
}

type JsonValue = string | number | boolean | string[];
export interface NodeJson {
  label: NodeLabel;
  id: string;
  [property: string]: JsonValue;
}
export interface RelationshipJson {
  type: RelationshipType;
  from: string;
  to: string;
  [property: string]: JsonValue;
}
export interface OrganisationFile {
  description: string;
  nodes: NodeJson[];
  relationships: RelationshipJson[];
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

const UNITS = [
  'Retail Credit',
  'Life & Health',
  'Motor Claims',
  'Wealth Management',
  'Group HR',
  'Customer Service',
  'Financial Crime',
  'Group IT',
  'Marketing',
  'Procurement',
  'Model Risk',
  'Data Office',
  'Commercial Lending',
  'Mortgages',
  'Payments',
  'Reinsurance',
  'Actuarial',
  'Corporate Security',
  'Legal & Compliance',
  'Property Insurance',
];
const FIRST_NAMES = ['Anna', 'Bram', 'Chloé', 'Daan', 'Eva', 'Finn', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Klara', 'Lars', 'Mila', 'Noah', 'Olga', 'Pieter', 'Rosa', 'Sven', 'Tess', 'Umar', 'Vera', 'Willem', 'Yara', 'Zoë'];
const LAST_NAMES = ['Bakker', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Hansen', 'Jansen', 'Kowalski', 'Lambert', 'Meyer', 'Nowak', 'Oliveira', 'Peeters', 'Rossi', 'Schmidt', 'Visser', 'Weber'];
const JOB_TITLES = ['Product Owner', 'Model Risk Analyst', 'Data Scientist', 'Compliance Officer', 'Engineering Manager', 'Privacy Officer', 'Risk Manager', 'Solution Architect', 'Operations Lead', 'Internal Auditor'];
const VENDOR_STEMS = ['Aurora', 'Borealis', 'Cobalt', 'Delta', 'Ember', 'Fjord', 'Granite', 'Helix', 'Iris', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Onyx', 'Polaris', 'Quartz', 'Sable', 'Tundra', 'Vertex'];
const VENDOR_KINDS = ['Analytics', 'AI', 'Vision', 'Labs', 'Systems', 'Data', 'Voice', 'Robotics', 'Insights', 'Cloud'];
const VENDOR_FORMS = ['GmbH', 'B.V.', 'SAS', 'Ltd', 'AB', 'S.p.A.', 'Inc.', 'Oy'];
const COUNTRIES = ['NL', 'DE', 'FR', 'BE', 'IE', 'SE', 'FI', 'IT', 'ES', 'US', 'GB', 'CH', 'DK', 'PL'];
const MODEL_TYPES = [
  ['GPAI', 10],
  ['PREDICTIVE', 25],
  ['CLASSIFIER', 25],
  ['RANKING', 10],
  ['VISION', 12],
  ['SPEECH', 8],
  ['RULES', 10],
] as const;
const MODEL_WORDS: Record<string, string> = {
  GPAI: 'language model',
  PREDICTIVE: 'forecaster',
  CLASSIFIER: 'classifier',
  RANKING: 'ranker',
  VISION: 'vision model',
  SPEECH: 'speech model',
  RULES: 'rule engine',
};
const PURPOSES: Record<string, string[]> = {
  ESSENTIAL_SERVICES: ['credit scoring', 'life insurance pricing', 'affordability check', 'health cover underwriting'],
  EMPLOYMENT: ['CV screening', 'interview scheduling and ranking', 'promotion analytics'],
  BIOMETRICS: ['customer face verification', 'voice biometrics'],
  CRITICAL_INFRASTRUCTURE: ['data centre load control', 'payment network safety monitor'],
  EDUCATION: ['staff certification proctoring', 'training assessment scoring'],
  LAW_ENFORCEMENT: ['fraud referral to police', 'suspicious activity evidence scoring'],
  MIGRATION: ['visa document checks for staff'],
  JUSTICE_AND_DEMOCRACY: ['claims dispute outcome prediction', 'legal case triage'],
  ANNEX_I: ['medical device triage', 'machinery safety component'],
  CHATBOT: ['customer chatbot', 'broker helpdesk assistant'],
  GENERATED_CONTENT: ['letter drafting assistant', 'marketing copy generator'],
  DEEP_FAKE: ['synthetic video studio'],
  EMOTION_RECOGNITION: ['call sentiment monitor'],
  PROHIBITED: ['workplace emotion analytics', 'customer social scoring pilot', 'subliminal upsell nudging'],
  MINIMAL: ['spam filter', 'contact volume forecast', 'mailroom classifier', 'code assistant', 'document translation', 'IT ticket routing'],
};
const ANNEX_III_AREAS = [
  ['ESSENTIAL_SERVICES', 30],
  ['EMPLOYMENT', 20],
  ['BIOMETRICS', 10],
  ['CRITICAL_INFRASTRUCTURE', 8],
  ['EDUCATION', 8],
  ['LAW_ENFORCEMENT', 8],
  ['MIGRATION', 4],
  ['JUSTICE_AND_DEMOCRACY', 12],
] as const;
const CATEGORIES = ['Governance', 'Risk management', 'Data governance', 'Documentation', 'Human oversight', 'Logging', 'Testing', 'Supplier management', 'Monitoring', 'Transparency', 'Training', 'Quality management', 'Registration', 'Security'];
const CONTROL_ACTIONS = ['review', 'assessment', 'procedure', 'checklist', 'sign-off', 'register', 'standard', 'monitoring'];
const RELATIONSHIP_STRENGTHS = {
  EQUAL: [8, 10],
  SUBSET_OF: [5, 8],
  SUPERSET_OF: [5, 8],
  INTERSECTS_WITH: [3, 6],
  NOT_RELATED: [1, 2],
} as const;
const RATIONALES: Record<keyof typeof RELATIONSHIP_STRENGTHS, string> = {
  EQUAL: 'does what the requirement asks, no more and no less',
  SUBSET_OF: 'covers part of what the requirement asks',
  SUPERSET_OF: 'covers all of the requirement and more',
  INTERSECTS_WITH: 'overlaps the requirement in part',
  NOT_RELATED: 'was mapped by a workshop but does not address the requirement',
};

type EvidenceProfile = 'healthy' | 'stale' | 'expiring' | 'none';
type Freshness = 'current' | 'expiring' | 'expired';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Generates the organisation: owners in business units (teams), vendors (one of them, `vendor:gen-big`,
 * behind BIG_VENDOR_SHARE of the systems through its models and in-house fine-tunes of them), models,
 * systems of every role, risk class and lifecycle stage, controls that satisfy ISO/IEC 42001 and Act
 * obligations and govern 10–40 systems each, and evidence in every freshness bucket relative to `today`.
 * Each kind draws from its own random stream, so changing one count leaves the others' choices alone.
 */
export function generateOrganisation(options: ScaleOptions, reference: ReferenceTargets, today: Date): OrganisationFile {
  const nodes: NodeJson[] = [];
  const relationships: RelationshipJson[] = [];
  const random = (stream: string) => new Random(options.seed, stream);

  // Owners: teams are the business units; people belong to one each.
  const ownerRandom = random('owners');
  const teamCount = Math.max(1, Math.round(options.owners * 0.05));
  const personCount = options.owners - teamCount;
  const teams: string[] = [];
  const peopleByUnit: string[][] = Array.from({ length: teamCount }, () => []);
  for (let t = 0; t < teamCount; t += 1) {
    const id = `owner:gen-team-${pad(t + 1, teamCount, 2)}`;
    const unit = UNITS[t % UNITS.length]!;
    const name = teamCount > UNITS.length ? `${unit} ${Math.floor(t / UNITS.length) + 1}` : unit;
    teams.push(id);
    nodes.push({
      label: 'Owner',
      id,
      kind: 'TEAM',
      name,
      email: `team-${pad(t + 1, teamCount, 2)}@gen.example`,
      description: `Business unit ${name} (synthetic scale data): owns its AI systems, controls and evidence.`,
    });
  }
  for (let p = 0; p < personCount; p += 1) {
    const id = `owner:gen-${pad(p + 1, personCount, 4)}`;
    const first = ownerRandom.pick(FIRST_NAMES);
    const last = ownerRandom.pick(LAST_NAMES);
    const unit = p % teamCount;
    peopleByUnit[unit]!.push(id);
    nodes.push({
      label: 'Owner',
      id,
      kind: 'PERSON',
      name: `${first} ${last}`,
      email: `${first}.${last}.${pad(p + 1, personCount, 4)}@gen.example`
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
      jobTitle: ownerRandom.pick(JOB_TITLES),
    });
    relationships.push({ type: 'MEMBER_OF', from: id, to: teams[unit]! });
  }
  /** A person of the unit, sometimes the unit's team itself. */
  const ownerIn = (unit: number, rng: Random) => {
    const people = peopleByUnit[unit]!;
    return people.length > 0 && !rng.chance(0.1) ? rng.pick(people) : teams[unit]!;
  };

  // Vendors: the big one first.
  const vendorRandom = random('vendors');
  const vendors: string[] = [BIG_VENDOR_ID];
  nodes.push({
    label: 'Vendor',
    id: BIG_VENDOR_ID,
    name: 'Colossus AI Inc.',
    country: 'US',
    description: 'Hyperscale model provider behind a large share of the organisation’s AI systems (synthetic scale data).',
    contractRef: 'MSA-GEN-BIG-2024',
    riskTier: 'HIGH',
  });
  for (let v = 1; v < options.vendors; v += 1) {
    const id = `vendor:gen-${pad(v, options.vendors, 3)}`;
    vendors.push(id);
    const node: NodeJson = {
      label: 'Vendor',
      id,
      name: `${vendorRandom.pick(VENDOR_STEMS)} ${vendorRandom.pick(VENDOR_KINDS)} ${pad(v, options.vendors, 3)} ${vendorRandom.pick(VENDOR_FORMS)}`,
      country: vendorRandom.pick(COUNTRIES),
      description: 'Supplier of AI models and systems (synthetic scale data).',
      riskTier: vendorRandom.weighted([
        ['LOW', 50],
        ['MEDIUM', 35],
        ['HIGH', 15],
      ]),
    };
    if (vendorRandom.chance(0.85)) node.contractRef = `CTR-GEN-${pad(v, options.vendors, 3)}`;
    nodes.push(node);
  }
  const otherVendors = vendors.slice(1);

  // Models: the big vendor's, in-house fine-tunes of them, then the rest.
  const modelRandom = random('models');
  const bigModelCount = Math.max(1, Math.round(options.models * 0.012));
  const bigDerivedCount = Math.min(options.models - bigModelCount, Math.round(options.models * 0.008));
  const bigFamily: string[] = [];
  const otherModels: string[] = [];
  const gpaiModels = new Set<string>();
  const fineTuneDepth = new Map<string, number>();
  for (let m = 0; m < options.models; m += 1) {
    const id = `model:gen-${pad(m + 1, options.models, 4)}`;
    const isBig = m < bigModelCount;
    const isBigDerived = !isBig && m < bigModelCount + bigDerivedCount;
    const modelType: string = isBig && m % 3 === 0 ? 'GPAI' : modelRandom.weighted(MODEL_TYPES);
    const gpai = modelType === 'GPAI';
    if (gpai) gpaiModels.add(id);
    const node: NodeJson = {
      label: 'Model',
      id,
      name: `${isBig ? 'Colossus' : modelRandom.pick(VENDOR_STEMS)} ${MODEL_WORDS[modelType]} ${pad(m + 1, options.models, 4)}`,
      version: `${modelRandom.int(1, 5)}.${modelRandom.int(0, 9)}`,
      modelType,
      gpai,
      systemicRisk: gpai && (m === 0 || modelRandom.chance(0.2)),
      openWeights: modelRandom.chance(0.3),
      description: isBigDerived ? 'In-house fine-tune of a Colossus AI model (synthetic scale data).' : 'Synthetic scale data.',
    };
    nodes.push(node);
    if (isBig) {
      bigFamily.push(id);
      relationships.push({ type: 'SUPPLIED_BY', from: id, to: BIG_VENDOR_ID });
    } else if (isBigDerived) {
      // In-house (no vendor), so the big vendor reaches its systems only through FINE_TUNED_FROM.
      bigFamily.push(id);
      relationships.push({ type: 'FINE_TUNED_FROM', from: id, to: bigFamily[modelRandom.int(0, bigModelCount - 1)]! });
    } else {
      otherModels.push(id);
      if (otherVendors.length > 0 && modelRandom.chance(0.7)) {
        relationships.push({ type: 'SUPPLIED_BY', from: id, to: otherVendors[modelRandom.skewed(otherVendors.length)]! });
      }
      // Fine-tune chains of up to three links among the other models.
      const bases = otherModels.slice(0, -1);
      if (bases.length > 0 && modelRandom.chance(0.12)) {
        const base = modelRandom.pick(bases);
        const depth = (fineTuneDepth.get(base) ?? 0) + 1;
        if (depth <= 3) {
          fineTuneDepth.set(id, depth);
          relationships.push({ type: 'FINE_TUNED_FROM', from: id, to: base });
        }
      }
    }
  }

  // AI systems: an exact share built on the big vendor's family of models.
  const systemRandom = random('systems');
  const publicStatusRandom = random('system-public-status');
  const bigSystemCount = Math.ceil(options.systems * BIG_VENDOR_SHARE);
  const onBigVendor = new Set(systemRandom.shuffle(Array.from({ length: options.systems }, (_, i) => i)).slice(0, bigSystemCount));
  const systemsByUnit: string[][] = Array.from({ length: teamCount }, () => []);
  const systemIds: string[] = [];
  for (let s = 0; s < options.systems; s += 1) {
    const id = `system:gen-${pad(s + 1, options.systems, 5)}`;
    systemIds.push(id);
    const unit = systemRandom.int(0, teamCount - 1);
    systemsByUnit[unit]!.push(id);
    const riskClass = systemRandom.weighted([
      ['HIGH_RISK', 25],
      ['TRANSPARENCY', 20],
      ['MINIMAL', 54],
      ['PROHIBITED', 1],
    ]);
    const node: NodeJson = { label: 'AISystem', id, name: '', roles: [], riskClass, lifecycleStage: '' };
    let purposeKey: string = riskClass;
    if (riskClass === 'HIGH_RISK') {
      if (systemRandom.chance(0.85)) {
        node.highRiskBasis = 'ANNEX_III';
        node.annexIIIArea = systemRandom.weighted(ANNEX_III_AREAS);
        purposeKey = node.annexIIIArea;
      } else {
        node.highRiskBasis = 'ANNEX_I';
        purposeKey = 'ANNEX_I';
      }
    } else if (riskClass === 'TRANSPARENCY') {
      const triggers = new Set<string>();
      const count = systemRandom.chance(0.2) ? 2 : 1;
      while (triggers.size < count) {
        triggers.add(
          systemRandom.weighted([
            ['CHATBOT', 45],
            ['GENERATED_CONTENT', 40],
            ['EMOTION_RECOGNITION', 10],
            ['DEEP_FAKE', 5],
          ]),
        );
      }
      node.transparencyTriggers = [...triggers];
      purposeKey = node.transparencyTriggers[0]!;
    } else if (riskClass === 'PROHIBITED') {
      node.transparencyTriggers = ['EMOTION_RECOGNITION'];
    }
    const purpose = systemRandom.pick(PURPOSES[purposeKey]!);
    const unitName = UNITS[unit % UNITS.length]!;
    node.name = `${unitName} ${purpose} ${pad(s + 1, options.systems, 5)}`;
    node.description = `${capitalise(purpose)} for ${unitName} (synthetic scale data).`;
    node.intendedPurpose = `Support ${unitName} staff with ${purpose}; people review the outcomes that affect customers.`;
    node.roles = systemRandom.weighted<string[]>([
      [['PROVIDER'], 25],
      [['DEPLOYER'], 40],
      [['PROVIDER', 'DEPLOYER'], 28],
      [['IMPORTER'], 3],
      [['DISTRIBUTOR'], 2],
      [['IMPORTER', 'DEPLOYER'], 2],
    ]);
    node.lifecycleStage =
      riskClass === 'PROHIBITED'
        ? 'DESIGN'
        : systemRandom.weighted([
            ['DESIGN', 8],
            ['DEVELOPMENT', 14],
            ['VALIDATION', 10],
            ['DEPLOYED', 58],
            ['RETIRED', 10],
          ]);
    if (node.lifecycleStage === 'DEPLOYED' || node.lifecycleStage === 'RETIRED') {
      node.placedOnMarket = dayOffset(today, -systemRandom.int(30, 8 * 365));
    }
    // Public-status facts (Art. 26(8), 27(1), 111(2)): a public-sector deployment (the 4% drawn here, as
    // before these facts existed) records all three as true; of the others, some record them as false
    // and the rest leave them missing ("unknown"), as real inventories do. The false-or-missing draw has
    // its own stream, so the systems' other choices are what they were.
    if (systemRandom.chance(0.04)) {
      node.deployerIsPublicAuthority = true;
      node.deployerIsPublicServiceBody = true;
      node.intendedForPublicAuthorities = true;
    } else if (publicStatusRandom.chance(0.6)) {
      node.deployerIsPublicAuthority = false;
      node.deployerIsPublicServiceBody = false;
      node.intendedForPublicAuthorities = false;
    }
    const flagged = riskClass === 'PROHIBITED' || systemRandom.chance(0.02);
    node.flaggedForReview = flagged;
    if (flagged) {
      node.reviewReason =
        riskClass === 'PROHIBITED'
          ? 'Candidate prohibited practice under Art. 5: legal review before any further work.'
          : 'Art. 6(3) assessment pending: may not be high-risk after all.';
    }

    // Models used: 1–3; the big vendor's systems use one of its family first.
    const modelCount = systemRandom.weighted([
      [1, 50],
      [2, 35],
      [3, 15],
    ]);
    const used = new Set<string>();
    if (onBigVendor.has(s)) used.add(systemRandom.pick(bigFamily));
    while (otherModels.length > 0 && used.size < Math.min(modelCount, otherModels.length + (onBigVendor.has(s) ? 1 : 0))) {
      used.add(otherModels[systemRandom.skewed(otherModels.length, 1.6)]!);
    }
    for (const model of used) relationships.push({ type: 'USES_MODEL', from: id, to: model });
    node.gpaiBased = [...used].some((model) => gpaiModels.has(model));
    // Bought in: some of the big vendor's systems from it, some others from another vendor.
    if (onBigVendor.has(s) && systemRandom.chance(0.1)) relationships.push({ type: 'SUPPLIED_BY', from: id, to: BIG_VENDOR_ID });
    else if (!onBigVendor.has(s) && otherVendors.length > 0 && systemRandom.chance(0.2)) {
      relationships.push({ type: 'SUPPLIED_BY', from: id, to: otherVendors[systemRandom.skewed(otherVendors.length)]! });
    }
    relationships.push({ type: 'OWNS', from: ownerIn(unit, systemRandom), to: id });
    nodes.push(node);
  }

  // Controls: most govern systems of their own unit, some are group-wide.
  const controlRandom = random('controls');
  const targetPools: [string[], number][] = (
    [
      [reference.isoControls, 45],
      [reference.isoClauses, 20],
      [reference.obligations, 35],
    ] as [string[], number][]
  ).filter(([pool]) => pool.length > 0);
  if (targetPools.length === 0) throw new Error('The graph holds no ISO/IEC 42001 provisions or obligations: load the reference data first.');
  const controls: { id: string; unit: number; owner: string; profile: EvidenceProfile }[] = [];
  for (let c = 0; c < options.controls; c += 1) {
    const code = `GEN-${pad(c + 1, options.controls, 4)}`;
    const id = `control:${code}`;
    const category = controlRandom.pick(CATEGORIES);
    const status = controlRandom.weighted([
      ['IMPLEMENTED', 65],
      ['PARTIALLY_IMPLEMENTED', 20],
      ['PLANNED', 15],
    ]);
    const groupWide = controlRandom.chance(0.2);
    const unit = controlRandom.int(0, teamCount - 1);
    const action = controlRandom.pick(CONTROL_ACTIONS);
    nodes.push({
      label: 'Control',
      id,
      code,
      name: `${category} ${action} ${code}`,
      description: `${capitalise(action)} for ${category.toLowerCase()} in ${groupWide ? 'the whole group' : UNITS[unit % UNITS.length]} (synthetic scale data).`,
      category,
      implementationStatus: status,
    });
    const owner = groupWide ? controlRandom.pick(teams) : ownerIn(unit, controlRandom);
    relationships.push({ type: 'OWNS', from: owner, to: id });

    // What it satisfies: 1–4 distinct ISO elements or obligations.
    const targetCount = controlRandom.weighted([
      [1, 25],
      [2, 35],
      [3, 25],
      [4, 15],
    ]);
    const targets = new Set<string>();
    for (let attempt = 0; targets.size < targetCount && attempt < targetCount * 4; attempt += 1) {
      targets.add(controlRandom.pick(controlRandom.weighted(targetPools)));
    }
    for (const target of targets) {
      const relationship = controlRandom.weighted<keyof typeof RELATIONSHIP_STRENGTHS>([
        ['EQUAL', 15],
        ['SUBSET_OF', 35],
        ['SUPERSET_OF', 15],
        ['INTERSECTS_WITH', 30],
        ['NOT_RELATED', 5],
      ]);
      const [low, high] = RELATIONSHIP_STRENGTHS[relationship];
      relationships.push({
        type: 'SATISFIES',
        from: id,
        to: target,
        relationship,
        strength: controlRandom.int(low, high),
        rationale: `The ${category.toLowerCase()} ${action} ${RATIONALES[relationship]} (synthetic mapping).`,
      });
    }

    // Which systems it governs: 10–40.
    const pool = groupWide ? systemIds : systemsByUnit[unit]!;
    for (const system of controlRandom.sample(pool, controlRandom.int(10, 40))) {
      relationships.push({ type: 'GOVERNS', from: id, to: system });
    }

    const profile: EvidenceProfile =
      status === 'PLANNED' && controlRandom.chance(0.7)
        ? 'none'
        : controlRandom.weighted<EvidenceProfile>([
            ['healthy', 75],
            ['stale', 14],
            ['expiring', 8],
            ['none', 3],
          ]);
    controls.push({ id, unit: groupWide ? -1 : unit, owner, profile });
  }

  // Evidence: a control's profile decides how fresh its items are; all buckets occur relative to today.
  const evidenceRandom = random('evidence');
  const evidenced = controls.filter((control) => control.profile !== 'none');
  const byProfile = new Map<EvidenceProfile, typeof controls>();
  for (const control of evidenced) {
    const group = byProfile.get(control.profile);
    if (group) group.push(control);
    else byProfile.set(control.profile, [control]);
  }
  for (let e = 0; e < options.evidence && evidenced.length > 0; e += 1) {
    const id = `evidence:gen-${pad(e + 1, options.evidence, 6)}`;
    const control = evidenceRandom.pick(evidenced);
    const freshness: Freshness =
      control.profile === 'stale'
        ? 'expired'
        : control.profile === 'expiring'
          ? evidenceRandom.weighted<Freshness>([
              ['expiring', 40],
              ['expired', 60],
            ])
          : evidenceRandom.weighted<Freshness>([
              ['current', 70],
              ['expiring', 10],
              ['expired', 20],
            ]);
    const validFor = evidenceRandom.weighted([
      [365, 60],
      [730, 25],
      [180, 15],
    ]);
    const validUntilOffset =
      freshness === 'current' ? evidenceRandom.int(31, validFor) : freshness === 'expiring' ? evidenceRandom.int(0, 30) : -evidenceRandom.int(1, 900);
    const collectedOffset = Math.min(validUntilOffset - validFor, -evidenceRandom.int(0, 60));
    const kind = evidenceRandom.pick(EVIDENCE_KINDS);
    const collectedOn = dayOffset(today, collectedOffset);
    nodes.push({
      label: 'Evidence',
      id,
      title: `${capitalise(kind.toLowerCase().replaceAll('_', ' '))} for ${control.id.slice('control:'.length)} (${collectedOn.slice(0, 4)})`,
      kind,
      location: `https://evidence.gen.example/${kind.toLowerCase()}/${pad(e + 1, options.evidence, 6)}`,
      collectedOn,
      validUntil: dayOffset(today, validUntilOffset),
    });
    relationships.push({ type: 'SUPPORTS', from: id, to: control.id });
    // Some items prove two controls of the same profile (so a stale control stays stale).
    const sameProfile = byProfile.get(control.profile)!;
    if (sameProfile.length > 1 && evidenceRandom.chance(0.15)) {
      const second = evidenceRandom.pick(sameProfile);
      if (second.id !== control.id) relationships.push({ type: 'SUPPORTS', from: id, to: second.id });
    }
    const owner = evidenceRandom.chance(0.6) || control.unit < 0 ? control.owner : ownerIn(control.unit, evidenceRandom);
    relationships.push({ type: 'OWNS', from: owner, to: id });
  }

  return {
    description:
      `Synthetic organisation for scale tests (pnpm graph:generate): seed ${options.seed}, ${options.systems} systems, ` +
      `${options.models} models, ${options.vendors} vendors, ${options.controls} controls, ${options.owners} owners, ` +
      `${options.evidence} evidence items; ${BIG_VENDOR_ID} behind ${bigSystemCount} systems. Dates relative to ${dayOffset(today, 0)}.`,
    nodes,
    relationships,
  };
}
