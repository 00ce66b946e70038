import type { FrameworkId, Kind } from '../state/view-state.js';

/** How each kind of node looks on the canvas and in the legend: a shape and a colour of its own. */
export interface KindLook {
  label: string;
  color: string;
  shape: string;
}

export const KIND_LOOK: Record<Kind, KindLook> = {
  FRAMEWORK: { label: 'Framework', color: '#475569', shape: 'octagon' },
  PROVISION: { label: 'Provision', color: '#2563eb', shape: 'round-rectangle' },
  OBLIGATION: { label: 'Obligation', color: '#7c3aed', shape: 'diamond' },
  MILESTONE: { label: 'Milestone', color: '#64748b', shape: 'tag' },
  LEGISLATIVE_NOTE: { label: 'Legislative note', color: '#a16207', shape: 'rhomboid' },
  CONTROL: { label: 'Control', color: '#15803d', shape: 'hexagon' },
  AI_SYSTEM: { label: 'AI system', color: '#ea580c', shape: 'ellipse' },
  MODEL: { label: 'Model', color: '#b45309', shape: 'pentagon' },
  VENDOR: { label: 'Vendor', color: '#b91c1c', shape: 'barrel' },
  OWNER: { label: 'Owner', color: '#db2777', shape: 'triangle' },
  EVIDENCE: { label: 'Evidence', color: '#0f766e', shape: 'cut-rectangle' },
};

/** ISO 42001 provisions share the provision shape but not its colour, so the two sides of a mapping read apart. */
export const ISO_PROVISION_COLOR = '#0891b2';

export const FRAMEWORK_LABEL: Record<FrameworkId, string> = {
  'eu-ai-act': 'EU AI Act',
  iso42001: 'ISO/IEC 42001',
};

/** The framework a node belongs to (by its id, graph/README.md), or null for the organisation's side. */
export function frameworkOf(id: string, kind: string): FrameworkId | null {
  if (id === 'eu-ai-act' || id.startsWith('eu-ai-act:')) return 'eu-ai-act';
  if (id === 'iso42001' || id.startsWith('iso42001:')) return 'iso42001';
  // Obligations, milestones and legislative notes all come from the Act.
  if (kind === 'OBLIGATION' || kind === 'MILESTONE' || kind === 'LEGISLATIVE_NOTE') return 'eu-ai-act';
  return null;
}

/** NIST IR 8477 relationships in words, for edge labels, tables and the legend. */
export const RELATIONSHIP_LABEL: Record<string, string> = {
  EQUAL: 'equal',
  SUBSET_OF: 'subset of',
  SUPERSET_OF: 'superset of',
  INTERSECTS_WITH: 'intersects with',
  NOT_RELATED: 'not related',
  INDETERMINATE: 'indeterminate',
};

/**
 * Line styles of mapping edges by relationship (the legend explains them): a dash pattern each, so
 * the relationship reads without colour too. An empty pattern is a solid line.
 */
export const RELATIONSHIP_LINE: Record<string, { dash: number[]; color: string }> = {
  EQUAL: { dash: [], color: '#1e3a8a' },
  SUBSET_OF: { dash: [12, 3], color: '#1d4ed8' },
  SUPERSET_OF: { dash: [12, 3, 2, 3], color: '#047857' },
  INTERSECTS_WITH: { dash: [5, 4], color: '#6d28d9' },
  NOT_RELATED: { dash: [1, 4], color: '#9ca3af' },
  INDETERMINATE: { dash: [1, 4], color: '#6b7280' },
};

export const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');
