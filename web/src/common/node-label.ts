import type { CanvasNode } from '../graph/elements.js';
import type { Kind } from '../state/view-state.js';

/** The fields of any Node that make its label; documents ask for them with the NodeLabelFields fragment (graph/fragments.ts). */
export interface LabelledNode {
  __typename?: string;
  id: string;
  ref?: string | null;
  title?: string | null;
  code?: string | null;
  name?: string | null;
  summary?: string | null;
  what?: string | null;
}

const KIND_OF_TYPENAME: Record<string, Kind> = {
  Framework: 'FRAMEWORK',
  Provision: 'PROVISION',
  Obligation: 'OBLIGATION',
  Milestone: 'MILESTONE',
  LegislativeNote: 'LEGISLATIVE_NOTE',
  Control: 'CONTROL',
  AISystem: 'AI_SYSTEM',
  Model: 'MODEL',
  Vendor: 'VENDOR',
  Owner: 'OWNER',
  Evidence: 'EVIDENCE',
};

export function kindOfTypename(typename: string | undefined): Kind {
  return KIND_OF_TYPENAME[typename ?? ''] ?? 'PROVISION';
}

/** The same label the API's GraphNode carries (server/src/subgraph/graph-elements.ts). */
export function nodeLabel(node: LabelledNode): string {
  switch (node.__typename) {
    case 'Provision':
      return `${node.ref ?? ''} ${node.title ?? ''}`.trim();
    case 'Control':
    case 'Obligation':
      return `${node.code ?? ''}${node.name ? ` ${node.name}` : ''}`;
    case 'Evidence':
      return node.title ?? node.id;
    case 'Milestone':
      return node.what ?? node.id;
    default:
      return node.name ?? node.title ?? node.code ?? node.id;
  }
}

/** A node the API answered with its label fields, as the canvas draws it (the GraphNode the API would give). */
export function canvasNodeOf(node: LabelledNode): CanvasNode {
  return { id: node.id, kind: kindOfTypename(node.__typename), label: nodeLabel(node) };
}
