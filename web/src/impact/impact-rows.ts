import type { Coverage, DerivedRelationship } from '../gql/graphql.js';
import { humanize, RELATIONSHIP_LABEL } from '../graph/kinds.js';
import type { Kind } from '../state/view-state.js';
import { IMPACT_LISTS, LIST_KIND, LIST_LAYER, type ImpactList, type ImpactLists } from './impact-graph.js';
import type { ImpactItem, ImpactPath } from './queries.js';

// An impact → one table row per impacted item, each with its path told in words (the "why").

export interface ImpactRow {
  id: string;
  list: ImpactList;
  kind: Kind;
  layer: number;
  label: string;
  /** A system's risk class, an obligation's summary; empty otherwise. */
  detail: string;
  /** Obligations: how the covering control relates to it, FULL or PARTIAL, and the weakest strength on the way. */
  relationship: DerivedRelationship | null;
  coverage: Coverage | null;
  strength: number | null;
  why: string;
  path: ImpactPath;
}

/** Every item of the lists kept (all when none are given), in layer order, nearest first within a list as the API sorts them. */
export function impactRows(impact: ImpactLists, lists: readonly ImpactList[] = IMPACT_LISTS): ImpactRow[] {
  return IMPACT_LISTS.filter((list) => lists.includes(list)).flatMap((list) => impact[list].map((item) => impactRow(list, item)));
}

function impactRow(list: ImpactList, item: ImpactItem): ImpactRow {
  const last = item.path.nodes.at(-1);
  return {
    id: item.node.id,
    list,
    kind: LIST_KIND[list],
    layer: LIST_LAYER[list],
    label: last?.id === item.node.id ? last.label : item.node.id,
    detail: itemDetail(item.node),
    relationship: item.relationship,
    coverage: item.coverage,
    strength: item.strength,
    why: pathInWords(item.path),
    path: item.path,
  };
}

function itemDetail(node: ImpactItem['node']): string {
  switch (node.__typename) {
    case 'AISystem':
      return `${humanize(node.riskClass)} system`;
    case 'Obligation':
      return node.summary;
    default:
      return '';
  }
}

/** Each relationship type read along its direction (source → target) and against it. */
const EDGE_WORDS: Record<string, { forward: string; backward: string }> = {
  SUPPLIED_BY: { forward: 'is supplied by', backward: 'supplies' },
  USES_MODEL: { forward: 'uses', backward: 'is used by' },
  FINE_TUNED_FROM: { forward: 'is fine-tuned from', backward: 'is the base model of' },
  GOVERNS: { forward: 'governs', backward: 'is governed by' },
  SATISFIES: { forward: 'satisfies', backward: 'is satisfied by' },
  MAPS_TO: { forward: 'maps to', backward: 'is mapped from' },
  SUPPORTS: { forward: 'supports', backward: 'is supported by' },
  OWNS: { forward: 'owns', backward: 'is owned by' },
  DERIVED_FROM: { forward: 'is derived from', backward: 'gives rise to' },
  PART_OF: { forward: 'is part of', backward: 'contains' },
  MEMBER_OF: { forward: 'is a member of', backward: 'has the member' },
};

/** One hop in words: "supplies", "is governed by", "satisfies (equal · 8)". */
export function hopInWords(edge: ImpactPath['edges'][number], fromId: string): string {
  const forward = edge.source === fromId;
  const words = EDGE_WORDS[edge.type];
  const verb = words
    ? forward
      ? words.forward
      : words.backward
    : `${forward ? '' : 'is the target of '}${humanize(edge.type).toLowerCase()}`;
  if (!edge.relationship) return verb;
  const relationship = RELATIONSHIP_LABEL[edge.relationship] ?? humanize(edge.relationship).toLowerCase();
  return `${verb} (${relationship}${edge.strength == null ? '' : ` · ${edge.strength}`})`;
}

/**
 * A path from the changed node in words: "Halvard AI SAS supplies Halvard Large, which is used by CV
 * screening, which is governed by GOV-07, which satisfies (equal · 8) OBL-DEP-HR-COOPERATE".
 */
export function pathInWords(path: ImpactPath): string {
  const [first, ...rest] = path.nodes;
  if (!first) return '';
  if (rest.length === 0) return `${first.label} itself`;
  const hops = rest.map((node, index) => {
    const from = path.nodes[index]!;
    const edge = path.edges[index];
    return `${edge ? hopInWords(edge, from.id) : 'leads to'} ${node.label}`;
  });
  return `${first.label} ${hops.join(', which ')}`;
}

/** Coverage in words, beside its colour. */
export const COVERAGE_LABEL: Record<Coverage, string> = { FULL: 'Full', PARTIAL: 'Partial', NONE: 'None' };
