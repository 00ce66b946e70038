// What the clients of `pnpm load` ask: reads (search, paged connections with nested fields,
// satisfaction, impact) about real nodes of the demo and generated organisations, and writes that
// create and change nodes of the load's own, with ids naming the run so they can be counted and removed.
import type { Driver } from 'neo4j-driver';
import { IMPLEMENTATION_STATUS_VALUES } from '../../src/generated/enums.js';
import { BIG_VENDOR_ID } from '../scale/organisation.js';
import { Random } from '../scale/random.js';
import type { FieldValue, WriteAttempt } from './ledger.js';
import type { RequestKind } from './summary.js';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** One request a client sends; a write also says what it sets, for the ledger. */
export interface LoadOperation {
  kind: RequestKind;
  /** Names the operation in the per-operation table. */
  name: string;
  request: GraphQLRequest;
  write?: WriteAttempt;
  /** A connection page: its root field (where the next page's cursor is read) and its filter. */
  root?: string;
  filter?: Record<string, unknown>;
}

/** Real nodes to ask about, from both organisations (demo ids have no `gen-` infix). */
export interface LoadFixtures {
  controlIds: string[];
  vendorIds: string[];
  modelIds: string[];
  systemIds: string[];
  evidenceIds: string[];
  searchTexts: string[];
  /** A few real vendors the load's systems are also bought from (their updatedAt is restored afterwards). */
  linkVendorIds: string[];
}

/** The labels the load writes, and how their ids start for a run (`vendor:load-<run>-…`). */
export const LOAD_LABELS = ['Vendor', 'Control', 'AISystem'] as const;
export type LoadLabel = (typeof LOAD_LABELS)[number];

/** The id prefix of every node a run writes, per label; `run` is e.g. `20261129t061500-3fa2`. */
export function runIdPrefixes(run: string): Record<LoadLabel, string> {
  return { Vendor: `vendor:load-${run}-`, Control: `control:LOAD-${run}-`, AISystem: `system:load-${run}-` };
}

/** The prefixes of any run's nodes: what `--clear` removes. */
export const ANY_RUN_PREFIXES: Record<LoadLabel, string> = { Vendor: 'vendor:load-', Control: 'control:LOAD-', AISystem: 'system:load-' };

/** A run's name: the time it started and a random part, in id characters. */
export function runName(now: Date, random: () => number = Math.random): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').toLowerCase();
  const suffix = Math.floor(random() * 0x10000)
    .toString(16)
    .padStart(4, '0');
  return `${stamp}-${suffix}`;
}

const SEARCH_TEXTS = [
  'Art. 27',
  'article 9',
  'Art 50',
  'A.6.2.4',
  'A.8',
  'risk management',
  'human oversight',
  'transparency',
  'trnsparency',
  'data governance',
  'record keeping',
  'post-market monitoring',
  'fundamental rights impact assessment',
  'quality management system',
  'credit scoring',
  'biometric',
  'GEN-0042',
  'chatbot',
  'model card',
  'incident',
];

/** Every id of a label in the graph, sorted, without nodes of load runs. */
async function ids(driver: Driver, database: string, label: string, prefix: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n:${label}) WHERE NOT n.id STARTS WITH $prefix RETURN n.id AS id ORDER BY id`,
    { prefix },
    { database, routing: 'READ' },
  );
  return records.map((record) => String(record.get('id')));
}

/** Demo ids first (all of them), then a seeded sample of the generated ones: both organisations are asked about. */
function mix(all: string[], random: Random, generatedCount: number): string[] {
  const generated = all.filter((id) => /:(gen-|GEN-)/.test(id));
  const demo = all.filter((id) => !/:(gen-|GEN-)/.test(id));
  return [...demo, ...random.sample(generated, generatedCount)];
}

/** Picks the nodes the reads ask about: the same on every run over the same graph (seeded). */
export async function pickFixtures(driver: Driver, database: string): Promise<LoadFixtures> {
  const random = new Random(6, 'load-fixtures');
  const [controls, vendors, models, systems, evidence] = await Promise.all([
    ids(driver, database, 'Control', ANY_RUN_PREFIXES.Control),
    ids(driver, database, 'Vendor', ANY_RUN_PREFIXES.Vendor),
    ids(driver, database, 'Model', 'model:load-'),
    ids(driver, database, 'AISystem', ANY_RUN_PREFIXES.AISystem),
    ids(driver, database, 'Evidence', 'evidence:load-'),
  ]);
  if (controls.length === 0 || vendors.length === 0 || systems.length === 0)
    throw new Error('the graph has no controls, vendors or systems to ask about');
  const { records } = await driver.executeQuery(
    `MATCH (s:AISystem) WHERE NOT s.id STARTS WITH $prefix WITH s ORDER BY s.id LIMIT 40 RETURN s.name AS name`,
    { prefix: ANY_RUN_PREFIXES.AISystem },
    { database, routing: 'READ' },
  );
  const names = records.map((record) => String(record.get('name')));
  const demoVendors = vendors.filter((id) => !id.includes(':gen-'));
  const generatedVendors = vendors.filter((id) => id.includes(':gen-') && id !== BIG_VENDOR_ID);
  return {
    controlIds: mix(controls, random, 200),
    // Every vendor but the big one, which impact asks about on its own, rarely (README: 600 ms alone).
    vendorIds: vendors.filter((id) => id !== BIG_VENDOR_ID),
    modelIds: mix(models, random, 200),
    systemIds: mix(systems, random, 300),
    evidenceIds: mix(evidence, random, 200),
    searchTexts: [...SEARCH_TEXTS, ...names],
    linkVendorIds: [...demoVendors.slice(0, 2), ...random.sample(generatedVendors, 3)],
  };
}

const SEARCH = `query LoadSearch($text: String!, $kinds: [NodeKind!]) {
  search(text: $text, kinds: $kinds, first: 20) { score node { __typename id } }
}`;

const AI_SYSTEMS = `query LoadAISystems($filter: AISystemFilter, $after: String) {
  aiSystems(first: 20, after: $after, filter: $filter, orderBy: { field: NAME }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id name riskClass lifecycleStage roles
      owner { id name }
      models(first: 5) { totalCount nodes { id name vendor { id name } } }
      vendors(first: 5) { nodes { id name } }
      controls(first: 5) { totalCount nodes { id code implementationStatus } }
    }
  }
}`;

const CONTROLS = `query LoadControls($filter: ControlFilter, $after: String) {
  controls(first: 20, after: $after, filter: $filter, orderBy: { field: CODE }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id code name implementationStatus
      owner { id name }
      evidence(first: 3, orderBy: { field: VALID_UNTIL, direction: DESC }) { totalCount nodes { id title freshness validUntil } }
      aiSystems(first: 3) { totalCount nodes { id name } }
    }
  }
}`;

const VENDORS = `query LoadVendors($filter: VendorFilter, $after: String) {
  vendors(first: 20, after: $after, filter: $filter, orderBy: { field: NAME }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id name country riskTier
      models(first: 5) { totalCount nodes { id name modelType } }
      aiSystems(first: 5) { totalCount nodes { id name riskClass } }
    }
  }
}`;

const SATISFACTION = `query LoadSatisfaction($id: ID!) {
  satisfaction(controlId: $id) {
    target { __typename id } relationship strength coverage direct hops
    paths { relationship strength nodes { id kind label } edges { id source target type } }
  }
}`;

const IMPACT = `query LoadImpact($id: ID!) {
  impact(of: $id, limit: 100) {
    truncated
    counts { aiSystems obligations controls evidence owners }
    aiSystems { node { id } path { edges { id } } }
    obligations { node { id } coverage strength path { edges { id } } }
    controls { node { id } path { edges { id } } }
    evidence { node { id } }
    owners { node { id } }
  }
}`;

const NODE_FIELDS: Record<LoadLabel, string> = {
  Vendor: 'id name country riskTier description',
  Control: 'id code name category implementationStatus description',
  AISystem: 'id name riskClass lifecycleStage description vendors(first: 10) { nodes { id } }',
};

/** A client's own nodes: the ones whose create was acknowledged (it changes only those, one request at a time). */
export interface ClientNodes {
  Vendor: string[];
  Control: string[];
  AISystem: string[];
}

/** One client's view: its number, its run, its random stream, its nodes and its paging position. */
export class ClientState {
  readonly random: Random;
  readonly nodes: ClientNodes = { Vendor: [], Control: [], AISystem: [] };
  /** Per connection root field: where the next page starts and the filter of its list, when the last page had one. */
  readonly nextPage = new Map<string, { after: string; filter: Filter }>();
  private created = 0;
  private versions = 0;

  constructor(
    readonly client: number,
    readonly run: string,
    seed: number,
  ) {
    this.random = new Random(seed, `load-client-${client}`);
  }

  /** A new id of the run: `vendor:load-<run>-c07-12`. */
  newId(label: LoadLabel): string {
    this.created += 1;
    const local = `c${String(this.client).padStart(2, '0')}-${this.created}`;
    return `${runIdPrefixes(this.run)[label]}${label === 'Control' ? local.toUpperCase() : local}`;
  }

  /** A value no other write of the run sets, so the check can tell whose write the graph holds. */
  version(): string {
    this.versions += 1;
    return `c${this.client}.v${this.versions}`;
  }
}

const READS: readonly (readonly [string, number])[] = [
  ['search', 25],
  ['aiSystems', 15],
  ['controls', 12],
  ['vendors', 8],
  ['satisfaction', 20],
  ['impact', 20],
];

const WRITES: readonly (readonly [string, number])[] = [
  ['createVendor', 20],
  ['updateVendor', 20],
  ['createControl', 15],
  ['updateControl', 20],
  ['createAISystem', 10],
  ['setSystemVendors', 15],
];

/** The share of reads each read operation and of writes each write operation gets, in percent. */
export const MIX = { reads: Object.fromEntries(READS), writes: Object.fromEntries(WRITES) };

/** Read or write, with `readsShare` (0–1) the probability of a read. */
export function pickKind(random: Random, readsShare: number): RequestKind {
  return random.next() < readsShare ? 'read' : 'write';
}

/** The next request of a client. */
export function nextOperation(state: ClientState, fixtures: LoadFixtures, readsShare: number): LoadOperation {
  return pickKind(state.random, readsShare) === 'read' ? readOperation(state, fixtures) : writeOperation(state, fixtures);
}

type Filter = Record<string, unknown> | undefined;

/**
 * A page of a connection: 30 % of the time the page after the client's last one of the same list
 * (same filter: the cursor says where, not what), when there is one; otherwise a first page.
 */
function connectionPage(state: ClientState, root: string, query: string, filters: readonly (readonly [Filter, number])[]): LoadOperation {
  const filter = state.random.weighted(filters);
  const next = state.nextPage.get(root);
  if (next && state.random.chance(0.3)) {
    return {
      kind: 'read',
      name: `${root} (next page)`,
      root,
      filter: next.filter,
      request: { query, variables: { after: next.after, filter: next.filter } },
    };
  }
  return { kind: 'read', name: root, root, filter, request: { query, variables: { filter } } };
}

/** A read, of the kind `only` names or drawn by the mix. */
export function readOperation(state: ClientState, f: LoadFixtures, only?: string): LoadOperation {
  const random = state.random;
  const name = only ?? random.weighted(READS);
  switch (name) {
    case 'search': {
      const kinds = random.chance(0.3) ? [random.pick(['PROVISION', 'CONTROL', 'AI_SYSTEM', 'OBLIGATION'])] : undefined;
      return { kind: 'read', name, request: { query: SEARCH, variables: { text: random.pick(f.searchTexts), kinds } } };
    }
    case 'aiSystems':
      return connectionPage(state, name, AI_SYSTEMS, [
        [undefined, 2],
        [{ riskClass: ['HIGH_RISK'] }, 2],
        [{ vendor: random.pick(f.vendorIds) }, 3],
        [{ lifecycleStage: ['DEPLOYED'], role: 'DEPLOYER' }, 1],
        [{ text: random.pick(['credit', 'claims', 'chat', 'fraud', 'hr']) }, 2],
      ]);
    case 'controls':
      return connectionPage(state, name, CONTROLS, [
        [undefined, 1],
        [{ aiSystem: random.pick(f.systemIds) }, 4],
        [{ implementationStatus: ['PLANNED', 'PARTIALLY_IMPLEMENTED'] }, 1],
        [{ text: random.pick(['risk', 'log', 'data', 'oversight', 'GEN-01']) }, 2],
      ]);
    case 'vendors':
      return connectionPage(state, name, VENDORS, [
        [undefined, 3],
        [{ riskTier: ['HIGH'] }, 1],
        [{ country: random.pick(['NL', 'US', 'DE', 'FR', 'IE']) }, 1],
      ]);
    case 'satisfaction':
      return { kind: 'read', name, request: { query: SATISFACTION, variables: { id: random.pick(f.controlIds) } } };
    default: {
      // One impact in fifty is of the big vendor (600 systems); the rest of a random vendor, model, control or evidence item.
      const of = random.chance(0.02)
        ? BIG_VENDOR_ID
        : random.pick(
            random.weighted([
              [f.vendorIds, 3],
              [f.modelIds, 3],
              [f.controlIds, 2],
              [f.evidenceIds.length ? f.evidenceIds : f.controlIds, 1],
            ] as const),
          );
      return {
        kind: 'read',
        name: of === BIG_VENDOR_ID ? 'impact (big vendor)' : 'impact',
        request: { query: IMPACT, variables: { id: of } },
      };
    }
  }
}

const CREATE_VENDOR = `mutation LoadCreateVendor($input: CreateVendorInput!) { createVendor(input: $input) { ${NODE_FIELDS.Vendor} } }`;
const UPDATE_VENDOR = `mutation LoadUpdateVendor($id: ID!, $input: UpdateVendorInput!) { updateVendor(id: $id, input: $input) { ${NODE_FIELDS.Vendor} } }`;
const CREATE_CONTROL = `mutation LoadCreateControl($input: CreateControlInput!) { createControl(input: $input) { ${NODE_FIELDS.Control} } }`;
const UPDATE_CONTROL = `mutation LoadUpdateControl($id: ID!, $input: UpdateControlInput!) { updateControl(id: $id, input: $input) { ${NODE_FIELDS.Control} } }`;
const CREATE_SYSTEM = `mutation LoadCreateAISystem($input: CreateAISystemInput!) { createAISystem(input: $input) { ${NODE_FIELDS.AISystem} } }`;
const SET_SYSTEM_VENDORS = `mutation LoadSetSystemVendors($systemId: ID!, $vendorIds: [ID!]!) {
  setSystemVendors(systemId: $systemId, vendorIds: $vendorIds) { ${NODE_FIELDS.AISystem} }
}`;

function attempt(label: LoadLabel, id: string, create: boolean, fields: Record<string, FieldValue>): WriteAttempt {
  return { label, id, create, fields };
}

/** A create mutation whose `fields` the ledger checks afterwards; `unchecked` input goes along unrecorded. */
function createWrite(
  name: string,
  label: LoadLabel,
  query: string,
  id: string,
  fields: Record<string, FieldValue>,
  unchecked: Record<string, unknown> = {},
): LoadOperation {
  return {
    kind: 'write',
    name,
    request: { query, variables: { input: { id, ...unchecked, ...fields } } },
    write: attempt(label, id, true, fields),
  };
}

/** An update mutation (`id`, `input`) whose `fields` the ledger checks afterwards. */
function updateWrite(name: string, label: LoadLabel, query: string, id: string, fields: Record<string, FieldValue>): LoadOperation {
  return { kind: 'write', name, request: { query, variables: { id, input: fields } }, write: attempt(label, id, false, fields) };
}

export function writeOperation(state: ClientState, f: LoadFixtures): LoadOperation {
  const random = state.random;
  let name = random.weighted(WRITES);
  // An update needs a node of the client's own; until there is one, create it.
  if (name === 'updateVendor' && state.nodes.Vendor.length === 0) name = 'createVendor';
  if (name === 'updateControl' && state.nodes.Control.length === 0) name = 'createControl';
  if (name === 'setSystemVendors' && state.nodes.AISystem.length === 0) name = 'createAISystem';
  const version = state.version();
  switch (name) {
    case 'createVendor': {
      const id = state.newId('Vendor');
      const fields = {
        name: `Load vendor ${id.slice(id.lastIndexOf('-c') + 1)} ${version}`,
        country: random.pick(['NL', 'DE', 'FR', 'US']),
        riskTier: random.pick(['LOW', 'MEDIUM', 'HIGH']),
        description: `written by pnpm load, ${version}`,
      };
      return createWrite(name, 'Vendor', CREATE_VENDOR, id, fields);
    }
    case 'updateVendor': {
      const id = random.pick(state.nodes.Vendor);
      const fields = { description: `updated by pnpm load, ${version}`, riskTier: random.pick(['LOW', 'MEDIUM', 'HIGH']) };
      return updateWrite(name, 'Vendor', UPDATE_VENDOR, id, fields);
    }
    case 'createControl': {
      const id = state.newId('Control');
      const code = id.slice('control:'.length);
      const fields = {
        code,
        name: `Load control ${version}`,
        category: 'Load test',
        implementationStatus: random.pick(IMPLEMENTATION_STATUS_VALUES),
        description: `written by pnpm load, ${version}`,
      };
      return createWrite(name, 'Control', CREATE_CONTROL, id, fields);
    }
    case 'updateControl': {
      const id = random.pick(state.nodes.Control);
      const fields = {
        name: `Load control ${version}`,
        implementationStatus: random.pick(IMPLEMENTATION_STATUS_VALUES),
        description: `updated by pnpm load, ${version}`,
      };
      return updateWrite(name, 'Control', UPDATE_CONTROL, id, fields);
    }
    case 'createAISystem': {
      const id = state.newId('AISystem');
      const fields = {
        name: `Load system ${version}`,
        riskClass: 'MINIMAL',
        lifecycleStage: random.pick(['DESIGN', 'DEVELOPMENT', 'DEPLOYED']),
        description: `written by pnpm load, ${version}`,
      };
      return createWrite(name, 'AISystem', CREATE_SYSTEM, id, fields, { roles: ['DEPLOYER'] });
    }
    default: {
      const systemId = random.pick(state.nodes.AISystem);
      // Some of the client's own vendors and, half the time, one real vendor (its lock is shared with other clients).
      const vendorIds = [
        ...new Set([...random.sample(state.nodes.Vendor, random.int(0, 2)), ...(random.chance(0.5) ? [random.pick(f.linkVendorIds)] : [])]),
      ];
      return {
        kind: 'write',
        name,
        request: { query: SET_SYSTEM_VENDORS, variables: { systemId, vendorIds } },
        write: attempt('AISystem', systemId, false, { vendors: vendorIds }),
      };
    }
  }
}
