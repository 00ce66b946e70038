import type { MatrixActProvisionsQuery, MatrixIsoProvisionsQuery, MatrixMappingFieldsFragment } from '../gql/graphql.js';
import type { MatrixMapping, MatrixProvision } from './matrix.js';

// The matrix queries' answers as buildMatrix takes them.

type ActProvision = MatrixActProvisionsQuery['provisions']['nodes'][number];
type IsoProvision = MatrixIsoProvisionsQuery['provisions']['nodes'][number];

export function toMatrixProvision(node: ActProvision | IsoProvision): MatrixProvision {
  return {
    id: node.id,
    ref: node.ref,
    title: node.title,
    kind: node.kind,
    position: node.position,
    parentId: node.parent?.id ?? null,
    grouping: node.grouping,
  };
}

export function toMatrixMapping(mapping: MatrixMappingFieldsFragment): MatrixMapping {
  return {
    id: mapping.id,
    relationship: mapping.relationship,
    strength: mapping.strength,
    rationale: mapping.rationale,
    sources: mapping.sources,
    source: mapping.source,
    actParagraph: mapping.actParagraph,
    caveat: mapping.caveat,
    strengthBasis: mapping.strengthBasis,
    fromId: mapping.from.id,
    toId: mapping.to.id,
  };
}

/**
 * Every mapping the provisions list, once each (a mapping between two listed provisions comes with
 * both), and the provisions that have more mappings than came with them.
 */
export function toMatrixMappings(nodes: readonly ActProvision[]): { mappings: MatrixMapping[]; incomplete: string[] } {
  const mappings = new Map<string, MatrixMapping>();
  const incomplete: string[] = [];
  for (const node of nodes) {
    if (node.mappings.totalCount > node.mappings.nodes.length) incomplete.push(node.id);
    for (const mapping of node.mappings.nodes) mappings.set(mapping.id, toMatrixMapping(mapping));
  }
  return { mappings: [...mappings.values()], incomplete };
}
