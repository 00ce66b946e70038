import { RELATIONSHIP_LABEL } from '../graph/kinds.js';
import type { PathEdge, PathNode, ReasoningPath } from './results.js';

// An explaining path in words, as an analyst cites it: "TST-01 —equal · 9→ A.6.2.4 —intersects
// with · 6→ Art. 15". Each step reads the relationship in the direction the path walks it.

/** How analysts cite a provision, from its id (graph/README.md, id formats); null when the id has another form. */
function provisionRef(id: string): string | null {
  const [framework, ...rest] = id.split(':');
  const local = rest.join(':');
  if (framework === 'iso42001') {
    if (local === '4-10') return 'Clauses 4–10';
    if (local === 'annex-a') return 'Annex A';
    return local.replace(/-objective$/, '') || null;
  }
  if (framework !== 'eu-ai-act') return null;
  const parts = local.split(':').map((part) => {
    const match = /^(?<kind>art|annex|chapter|section)-(?<number>.+)$/.exec(part);
    if (!match?.groups) return null;
    const { kind = '', number = '' } = match.groups;
    // Articles keep their number as printed (Art. 4, Art. 4a); chapters, annexes and sections print in capitals.
    return kind === 'art' ? `Art. ${number}` : `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${number.toUpperCase()}`;
  });
  return parts.every((part) => part !== null) ? parts.join(' ') : null;
}

/**
 * A node's short name: a provision's ref, a control's or obligation's code. Derived from the id, and
 * used only when the label starts with it (the label is "<ref> <title>" or "<code> <name>"), so an
 * id of an unexpected form falls back to the whole label.
 */
export function shortLabel(node: PathNode): string {
  if (node.kind === 'PROVISION') {
    const ref = provisionRef(node.id);
    return ref && (node.label === ref || node.label.startsWith(`${ref} `)) ? ref : node.label;
  }
  if (node.kind === 'CONTROL' || node.kind === 'OBLIGATION') {
    const code = node.id.slice(node.id.indexOf(':') + 1);
    return node.label === code || node.label.startsWith(`${code} `) ? code : node.label;
  }
  return node.label;
}

const inverse = (relationship: string) =>
  relationship === 'SUBSET_OF' ? 'SUPERSET_OF' : relationship === 'SUPERSET_OF' ? 'SUBSET_OF' : relationship;

/** What one step says, walking `edge` from `fromId`: a mapping's relationship (inverted when walked backwards) or the structure. */
export function stepWords(edge: PathEdge, fromId: string): string {
  const forwards = edge.source === fromId;
  if (edge.type === 'PART_OF') return forwards ? 'part of' : 'contains';
  if (edge.type === 'DERIVED_FROM') return forwards ? 'derived from' : 'gives rise to';
  if (!edge.relationship) return edge.type.toLowerCase().replaceAll('_', ' ');
  const relationship = forwards ? edge.relationship : inverse(edge.relationship);
  return RELATIONSHIP_LABEL[relationship] ?? relationship;
}

export interface PathStep {
  from: PathNode;
  /** The relationship of `from` to `to` in words. */
  words: string;
  strength: number | null;
  to: PathNode;
  /** The edge points the other way in the graph (a mapping read from its target). */
  backwards: boolean;
}

export function pathSteps(path: ReasoningPath): PathStep[] {
  return path.edges.flatMap((edge, index) => {
    const from = path.nodes[index];
    const to = path.nodes[index + 1];
    if (!from || !to) return [];
    return [{ from, to, words: stepWords(edge, from.id), strength: edge.strength ?? null, backwards: edge.source !== from.id }];
  });
}

/** The whole path in one line of text. */
export function pathSentence(path: ReasoningPath): string {
  const steps = pathSteps(path);
  if (steps.length === 0) return path.nodes.map(shortLabel).join(' ');
  return [
    shortLabel(steps[0]!.from),
    ...steps.map((step) => `—${step.words}${step.strength === null ? '' : ` · ${step.strength}`}→ ${shortLabel(step.to)}`),
  ].join(' ');
}
