import neo4j from 'neo4j-driver';
import type { GraphExecutor } from '../db/executor.js';
import { fields, integer, list, text, texts } from '../db/fields.js';
import { inRange } from '../common/integer-arguments.js';
import {
  edgeSummary,
  nodeSummary,
  nodeSummaryRow,
  rawPath,
  toGraphEdge,
  type GraphEdge,
  type NodeSummaryRow,
  type RawPath,
} from '../subgraph/graph-elements.js';

// The Cypher of `impact`: what a change reaches, as compact rows (ids, node summaries, edges). Each
// query follows one step outwards — systems, controls, then evidence, owners and obligations — and
// takes the previous step's ids as parameters, so no query carries a large list through its rows.
// Choosing one path per item and ordering the lists happens in analysis.ts.

/** The kinds of node whose change `impact` follows. */
export const IMPACT_LABELS = ['Vendor', 'Model', 'Control', 'Evidence'] as const;
export type ImpactLabel = (typeof IMPACT_LABELS)[number];

export const MAX_IMPACT_DEPTH = 8;
/**
 * Edges of the reference graph walked after a control's own SATISFIES link: crosswalk reasoning's
 * default (maxHops 3, which counts that link).
 */
const REFERENCE_HOPS = 2;

/** A control reached in one step from the changed evidence item (its SUPPORTS edge), or the changed control itself. */
export interface StartControl {
  control: NodeSummaryRow;
  edge: GraphEdge | null;
}

export interface SystemsReach {
  of: NodeSummaryRow;
  /** The shortest path to each affected AI system, which it ends at. */
  systems: RawPath[];
  startControls: StartControl[];
}

/** A control governing affected systems: `systems` lists them (GOVERNS has no properties: its edge is known by its ends). */
export interface GoverningControl {
  control: NodeSummaryRow;
  systems: string[];
}

/** Evidence supporting the controls to re-review: counted in full, the first `limit` returned. */
export interface EvidenceReach {
  total: number;
  /** Nearest first (by the nearest control it supports), then by id, with the controls it supports among those given. */
  page: { evidence: NodeSummaryRow; controls: string[] }[];
}

export interface OwnerReach {
  owner: NodeSummaryRow;
  /** What it owns among the nodes given. */
  owns: string[];
}

/** The SATISFIES links into one target, and the reference paths from it to obligations. */
export interface TargetReach {
  target: string;
  links: { control: string; edge: GraphEdge }[];
  /** Each ends at an obligation. */
  paths: RawPath[];
}

/** Shortest first, then by the ids along the path: the order in which paths are kept. */
const PATH_ORDER = (p: string) => `length(${p}), [n IN nodes(${p}) | n.id]`;
const pathProjection = (p: string) =>
  `{nodes: [n IN nodes(${p}) | ${nodeSummary('n')}], edges: [r IN relationships(${p}) | ${edgeSummary('r')}]}`;

/**
 * The Cypher branches reaching the affected AI systems, each returning `s` and a path `p` of at most
 * `maxDepth` edges that starts at the changed node `o`. `maxDepth` is a validated integer: Cypher
 * takes no parameter for a path length, so it is the one value written into the query.
 */
export function systemBranches(label: ImpactLabel, maxDepth: number): string[] {
  if (!inRange(maxDepth, MAX_IMPACT_DEPTH)) throw new Error(`depth ${maxDepth} out of range`);
  // Models fine-tuned, at any depth, from a model: FINE_TUNED_FROM runs from the derived model to its base.
  const fineTunes = (most: number) => (most > 0 ? `(()<-[:FINE_TUNED_FROM]-(:Model)){0,${most}}(:Model)` : '');
  switch (label) {
    case 'Vendor':
      return [
        'MATCH p = (o)<-[:SUPPLIED_BY]-(s:AISystem) RETURN s, p',
        ...(maxDepth >= 2
          ? [`MATCH p = (o)<-[:SUPPLIED_BY]-(:Model)${fineTunes(maxDepth - 2)}<-[:USES_MODEL]-(s:AISystem) RETURN s, p`]
          : []),
      ];
    case 'Model':
      return [`MATCH p = (o)${fineTunes(maxDepth - 1)}<-[:USES_MODEL]-(s:AISystem) RETURN s, p`];
    case 'Control':
      return ['MATCH p = (o)-[:GOVERNS]->(s:AISystem) RETURN s, p'];
    case 'Evidence':
      return maxDepth >= 2 ? ['MATCH p = (o)-[:SUPPORTS]->(:Control)-[:GOVERNS]->(s:AISystem) RETURN s, p'] : [];
  }
}

/** The changed node, the affected systems (each with its shortest path) and, for a control or evidence, the controls it starts from. */
export async function systemsReached(db: GraphExecutor, label: ImpactLabel, of: string, maxDepth: number): Promise<SystemsReach | null> {
  const branches = systemBranches(label, maxDepth);
  const systems =
    branches.length === 0
      ? 'CALL (o) { RETURN [] AS systems }'
      : `CALL (o) {
          CALL (o) { ${branches.join(' UNION ALL ')} }
          WITH s, p ORDER BY ${PATH_ORDER('p')}
          WITH s, head(collect(p)) AS p
          RETURN collect(${pathProjection('p')}) AS systems
        }`;
  const startControls =
    label === 'Control'
      ? `CALL (o) { RETURN [{control: ${nodeSummary('o')}, edge: null}] AS startControls }`
      : label === 'Evidence'
        ? `CALL (o) {
            MATCH (o)-[r:SUPPORTS]->(c:Control)
            RETURN collect({control: ${nodeSummary('c')}, edge: ${edgeSummary('r')}}) AS startControls
          }`
        : 'CALL (o) { RETURN [] AS startControls }';
  // The label comes from the closed list IMPACT_LABELS, never from the request.
  const rows = await db.readAs(
    `MATCH (o:${label} {id: $of})
     ${systems}
     ${startControls}
     RETURN ${nodeSummary('o')} AS of, systems, startControls`,
    { of },
    (row): SystemsReach => ({
      of: nodeSummaryRow(row.of, 'of'),
      systems: list(row.systems, 'systems', rawPath),
      startControls: list(row.startControls, 'startControls', (value, what) => {
        const start = fields(value, what);
        return {
          control: nodeSummaryRow(start.control, `${what}.control`),
          edge: start.edge === null ? null : toGraphEdge(start.edge, `${what}.edge`),
        };
      }),
    }),
  );
  return rows[0] ?? null;
}

/** The controls governing the affected systems, each with the systems it governs among them. */
export async function controlsGoverning(db: GraphExecutor, systemIds: string[]): Promise<GoverningControl[]> {
  if (systemIds.length === 0) return [];
  return db.readAs(
    `UNWIND $systemIds AS id
     MATCH (:AISystem {id: id})<-[:GOVERNS]-(c:Control)
     WITH c, collect(id) AS systems
     RETURN ${nodeSummary('c')} AS control, systems`,
    { systemIds },
    (row): GoverningControl => ({ control: nodeSummaryRow(row.control, 'control'), systems: texts(row.systems, 'systems') }),
  );
}

/**
 * The evidence supporting the controls to re-review (the changed evidence item aside), counted in
 * full; the first `limit`, nearest first (by the distance of the nearest control each supports), then
 * by id, come with their controls.
 */
export async function evidenceSupporting(
  db: GraphExecutor,
  controls: { id: string; depth: number }[],
  of: string,
  limit: number,
): Promise<EvidenceReach> {
  if (controls.length === 0) return { total: 0, page: [] };
  const rows = await db.readAs(
    `UNWIND $controls AS control
     MATCH (c:Control {id: control.id})<-[:SUPPORTS]-(e:Evidence)
     WHERE e.id <> $of
     WITH e, min(control.depth) AS depth
     ORDER BY depth, e.id
     WITH collect(e) AS reached
     CALL (reached) {
       UNWIND reached[..$limit] AS e
       MATCH (e)-[:SUPPORTS]->(c:Control) WHERE c.id IN $controlIds
       WITH e, collect(c.id) AS controls
       RETURN collect({evidence: ${nodeSummary('e')}, controls: controls}) AS page
     }
     RETURN size(reached) AS total, page`,
    { controls, controlIds: controls.map((control) => control.id), of, limit: neo4j.int(limit) },
    (row): EvidenceReach => ({
      total: integer(row.total, 'total'),
      page: list(row.page, 'page', (value, what) => {
        const item = fields(value, what);
        return { evidence: nodeSummaryRow(item.evidence, `${what}.evidence`), controls: texts(item.controls, `${what}.controls`) };
      }),
    }),
  );
  // The aggregation returns one row, whatever it finds.
  return rows[0]!;
}

/** The owners of the given systems, controls and evidence, each with what it owns among them. */
export async function ownersOf(
  db: GraphExecutor,
  owned: { systems: string[]; controls: string[]; evidence: string[] },
): Promise<OwnerReach[]> {
  return db.readAs(
    `CALL () {
       UNWIND $systems AS id MATCH (:AISystem {id: id})<-[:OWNS]-(w:Owner) RETURN w, id
       UNION ALL
       UNWIND $controls AS id MATCH (:Control {id: id})<-[:OWNS]-(w:Owner) RETURN w, id
       UNION ALL
       UNWIND $evidence AS id MATCH (:Evidence {id: id})<-[:OWNS]-(w:Owner) RETURN w, id
     }
     WITH w, collect(id) AS owns
     RETURN ${nodeSummary('w')} AS owner, owns`,
    owned,
    (row): OwnerReach => ({ owner: nodeSummaryRow(row.owner, 'owner'), owns: texts(row.owns, 'owns') }),
  );
}

/**
 * The SATISFIES links of the controls, grouped by target, with every path of at most REFERENCE_HOPS
 * edges through the reference graph (MAPS_TO, PART_OF, DERIVED_FROM, either way, no node twice) from
 * the target to an obligation: the walks crosswalk reasoning composes (crosswalk/reasoning.ts).
 */
export async function obligationPaths(db: GraphExecutor, controlIds: string[]): Promise<TargetReach[]> {
  if (controlIds.length === 0) return [];
  return db.readAs(
    `UNWIND $controlIds AS id
     MATCH (c:Control {id: id})-[l:SATISFIES]->(t)
     WITH t, collect({control: id, edge: ${edgeSummary('l')}}) AS links
     CALL (t) {
       MATCH p = (t)((:Provision|Obligation)-[:MAPS_TO|PART_OF|DERIVED_FROM]-(:Provision|Obligation)){0,${REFERENCE_HOPS}}
       WITH p, nodes(p) AS pathNodes
       WHERE last(pathNodes):Obligation
         AND size(pathNodes) = size(reduce(seen = [], n IN pathNodes | CASE WHEN n IN seen THEN seen ELSE seen + n END))
       RETURN collect({nodes: [n IN pathNodes | ${nodeSummary('n')}], edges: [r IN relationships(p) | ${edgeSummary('r')}]}) AS paths
     }
     RETURN t.id AS target, links, paths`,
    { controlIds },
    (row): TargetReach => ({
      target: text(row.target, 'target'),
      links: list(row.links, 'links', (value, what) => {
        const link = fields(value, what);
        return { control: text(link.control, `${what}.control`), edge: toGraphEdge(link.edge, `${what}.edge`) };
      }),
      paths: list(row.paths, 'paths', rawPath),
    }),
  );
}
