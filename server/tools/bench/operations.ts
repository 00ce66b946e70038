// What `pnpm bench` measures: each read as a Crosswalk GraphQL request (way a; its recorded Cypher is
// way b) and, where @neo4j/graphql can express the same read, as a request to that server (way c).
import type { Driver } from 'neo4j-driver';
import { BIG_VENDOR_ID } from '../scale/organisation.js';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface BenchOperation {
  name: string;
  /** What is asked, for the report's notes. */
  about: string;
  crosswalk: GraphQLRequest;
  neo4jGraphql?: GraphQLRequest;
  /** Target for (a) at p95, in milliseconds, where the issue sets one. */
  p95TargetMs?: number;
  /** What the (a) response holds, in a few words, for the report. */
  summarise?: (data: unknown) => string;
  /** Node ids of a response, to check that (a) and (c) return the same thing. */
  idsOf?: { crosswalk: (data: unknown) => string[]; neo4jGraphql: (data: unknown) => string[] };
}

/** The nodes the operations are about, picked from the generated graph by rules, so every run picks the same. */
export interface BenchFixtures {
  controlId: string;
  systemId: string;
  modelId: string;
  modelNeighbourhood: number;
  vendorId: string;
  articleId: string;
}

async function one(driver: Driver, database: string, query: string, what: string): Promise<Record<string, unknown>> {
  const { records } = await driver.executeQuery(query, {}, { database, routing: 'READ' });
  if (!records[0]) throw new Error(`the generated graph has no ${what}; regenerate it (pnpm bench --force)`);
  return records[0].toObject();
}

export async function pickFixtures(driver: Driver, database: string): Promise<BenchFixtures> {
  // A control whose links reach the Act through the crosswalk, so its satisfaction has paths to find.
  const control = await one(
    driver,
    database,
    `MATCH (c:Control)-[:SATISFIES]->(:Provision {framework: 'iso42001'})-[:MAPS_TO]->(:Provision)
     WHERE c.id STARTS WITH 'control:GEN-'
     RETURN c.id AS id ORDER BY c.id LIMIT 1`,
    'control satisfying a mapped ISO element',
  );
  // A deployed Annex III high-risk system its organisation provides and deploys: the most obligations.
  const system = await one(
    driver,
    database,
    `MATCH (s:AISystem)
     WHERE s.id STARTS WITH 'system:gen-' AND s.riskClass = 'HIGH_RISK' AND s.highRiskBasis = 'ANNEX_III'
       AND 'PROVIDER' IN s.roles AND 'DEPLOYER' IN s.roles AND s.lifecycleStage = 'DEPLOYED'
     RETURN s.id AS id ORDER BY s.id LIMIT 1`,
    'deployed high-risk system',
  );
  // A model whose whole depth-2 neighbourhood fits the default limit (200), so nothing is cut short
  // and all three ways return the same nodes.
  const model = await one(
    driver,
    database,
    `MATCH (m:Model) WHERE m.id STARTS WITH 'model:gen-'
     WITH m ORDER BY m.id LIMIT 400
     CALL (m) { MATCH (m)-[*1..2]-(n) WHERE n <> m RETURN count(DISTINCT n) AS size }
     WITH m, size WHERE size >= 120 AND size < 200
     RETURN m.id AS id, size ORDER BY m.id LIMIT 1`,
    'model with a depth-2 neighbourhood of 120–199 nodes',
  );
  return {
    controlId: String(control.id),
    systemId: String(system.id),
    modelId: String(model.id),
    modelNeighbourhood: Number(model.size),
    vendorId: BIG_VENDOR_ID,
    articleId: 'eu-ai-act:art-9',
  };
}

type Json = Record<string, unknown>;
const list = (value: unknown) => (Array.isArray(value) ? (value as Json[]) : []);

/** Every id anywhere in a nested @neo4j/graphql result. */
function collectIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectIds(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'id' && typeof item === 'string') into.add(item);
      else collectIds(item, into);
    }
  }
  return into;
}

/** Nodes, edges and truncation of a `neighborhood` answer. */
const subgraphSize = (data: unknown) => {
  const subgraph = (data as Json).neighborhood as Json;
  return `${list(subgraph.nodes).length} nodes, ${list(subgraph.edges).length} edges${subgraph.truncated ? ', truncated' : ''}`;
};

/** Crosswalk's `neighborhood` at depth 2, asked of a model and of a system. */
const NEIGHBORHOOD_DEPTH_2 = `query Neighborhood($id: ID!) {
          neighborhood(id: $id, depth: 2) { truncated nodes { id kind label } edges { id source target type relationship strength } }
        }`;

export function benchOperations(f: BenchFixtures): BenchOperation[] {
  return [
    {
      name: '`satisfaction` of a control',
      about: `satisfaction(controlId: "${f.controlId}"), every path`,
      summarise: (data) => `${list((data as Json).satisfaction).length} targets`,
      crosswalk: {
        query: `query Satisfaction($id: ID!) {
          satisfaction(controlId: $id) {
            target { id } relationship strength coverage direct hops
            paths { relationship strength nodes { id kind label } edges { id source target type } }
          }
        }`,
        variables: { id: f.controlId },
      },
    },
    {
      name: '`controlsFor` Art. 9',
      about: `controlsFor(id: "${f.articleId}") with each control's evidence summary`,
      summarise: (data) => `${list((data as Json).controlsFor).length} controls`,
      crosswalk: {
        query: `query ControlsFor($id: ID!) {
          controlsFor(id: $id) {
            control { id code name }
            satisfaction { relationship strength coverage direct hops }
            evidence { current expiring expired total best }
          }
        }`,
        variables: { id: f.articleId },
      },
    },
    {
      name: '`gaps` of one system',
      about: `gaps(aiSystemId: "${f.systemId}", first: 100) with controls, evidence and summary`,
      summarise: (data) => `${String(((data as Json).gaps as Json).totalCount)} rows`,
      p95TargetMs: 100,
      crosswalk: {
        query: `query GapsOfSystem($id: ID!) {
          gaps(aiSystemId: $id, first: 100) {
            totalCount
            nodes {
              id status appliesFrom reason obligation { id code }
              controls { control { id code } relationship strength coverage direct evidence { best total } }
            }
            summary { total { covered partial staleEvidence uncovered total coverageRatio } }
          }
        }`,
        variables: { id: f.systemId },
      },
    },
    {
      name: '`gaps` org-wide, first page',
      about: 'gaps(first: 100) over every system: totalCount and the first page of rows',
      summarise: (data) => `${String(((data as Json).gaps as Json).totalCount)} rows in all`,
      crosswalk: {
        query: `query Gaps {
          gaps(first: 100) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { id status appliesFrom aiSystem { id name } obligation { id code } }
          }
        }`,
      },
    },
    {
      name: '`impact` of the big vendor',
      about: `impact(of: "${f.vendorId}"): counts, and every affected system, obligation, control, evidence item and owner with its path`,
      p95TargetMs: 100,
      summarise: (data) => {
        const counts = ((data as Json).impact as Json).counts as Record<string, number>;
        return `counts ${Object.entries(counts)
          .map(([kind, count]) => `${count} ${kind}`)
          .join(', ')}`;
      },
      crosswalk: {
        query: `query Impact($id: ID!) {
          impact(of: $id) {
            counts { aiSystems obligations controls evidence owners }
            aiSystems { node { id } path { edges { id } } }
            obligations { node { id } path { edges { id } } }
            controls { node { id } path { edges { id } } }
            evidence { node { id } path { edges { id } } }
            owners { node { id } path { edges { id } } }
          }
        }`,
        variables: { id: f.vendorId },
      },
    },
    {
      name: '`neighborhood` depth 2 (model)',
      about: `neighborhood(id: "${f.modelId}", depth: 2): ${f.modelNeighbourhood} nodes, under the limit of 200, so (c) can ask for exactly the same nodes`,
      summarise: subgraphSize,
      crosswalk: {
        query: NEIGHBORHOOD_DEPTH_2,
        variables: { id: f.modelId },
      },
      neo4jGraphql: {
        // Every relationship of a Model, then every relationship of what is at the other end: depth 2.
        query: `query Neighborhood($id: ID!) {
          models(where: { id: { eq: $id } }) {
            id name
            vendor { id name models { id name } aiSystems { id name } }
            baseModel { id name vendor { id name } baseModel { id name } derivedModels { id name } aiSystems { id name } }
            derivedModels { id name vendor { id name } baseModel { id name } derivedModels { id name } aiSystems { id name } }
            aiSystems { id name models { id name } vendors { id name } controls { id code } owner { id name } }
          }
        }`,
        variables: { id: f.modelId },
      },
      idsOf: {
        crosswalk: (data) =>
          list((data as Json).neighborhood && ((data as Json).neighborhood as Json).nodes).map((node) => String(node.id)),
        neo4jGraphql: (data) => [...collectIds(data)],
      },
    },
    {
      name: '`neighborhood` depth 2 (system, limit 200)',
      about: `neighborhood(id: "${f.systemId}", depth: 2): the system's several hundred nodes cut to the default limit of 200`,
      summarise: subgraphSize,
      crosswalk: {
        query: NEIGHBORHOOD_DEPTH_2,
        variables: { id: f.systemId },
      },
    },
    {
      name: '500-row connection page',
      about: 'aiSystems(first: 500, orderBy: NAME) with owner, as a BI tool pages (README)',
      summarise: (data) => `${String(((data as Json).aiSystems as Json).totalCount)} systems in all`,
      crosswalk: {
        query: `query Systems {
          aiSystems(first: 500, orderBy: { field: NAME }) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { id name riskClass roles lifecycleStage annexIIIArea owner { name } }
          }
        }`,
      },
      neo4jGraphql: {
        query: `query Systems {
          aiSystemsConnection(first: 500, sort: [{ name: ASC }, { id: ASC }]) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { node { id name riskClass roles lifecycleStage annexIIIArea owner { name } } }
          }
        }`,
      },
      idsOf: {
        crosswalk: (data) => list(((data as Json).aiSystems as Json).nodes).map((node) => String(node.id)),
        neo4jGraphql: (data) => list(((data as Json).aiSystemsConnection as Json).edges).map((edge) => String((edge.node as Json).id)),
      },
    },
  ];
}
