import { RELATIONSHIP_LABEL } from '../graph/kinds.js';

// `nodeDetails` → what the details panel shows: provenance first, then every other property, then
// relationships grouped by type and direction. Pure, unit-tested.

/** A stored property as `nodeDetails` gives it: `value` for a scalar, `values` for a list. */
export interface StoredProperty {
  key: string;
  value?: string | null;
  values?: readonly string[] | null;
}

export interface ShownProperty {
  key: string;
  /** The key in words ("Amended applies from"). */
  label: string;
  /** A scalar's text; null for a list. */
  text: string | null;
  /** A list's items; null for a scalar. */
  items: string[] | null;
}

/**
 * Properties that say where a fact comes from, how sure it is and what changed it (graph/README.md:
 * "Provenance stays on the element it describes"), in the order the panel lists them.
 */
const PROVENANCE_KEYS = [
  'source',
  'sources',
  'caveat',
  'uncertainty',
  'verifiedBy',
  'titleVerifiedBy',
  'titleNote',
  'titleVariantsSeen',
  'appliesFromNote',
  'amendedAppliesFrom',
  'amendedAppliesFromAnnexIProducts',
  'amendmentStatus',
  'amendmentNote',
  'strengthBasis',
  'basis',
  'loadedFrom',
] as const;

/** Keys whose words a camelCase split gets wrong. */
const KEY_LABEL: Record<string, string> = {
  id: 'Id',
  annexIIIArea: 'Annex III area',
  appliesFromAnnexIProducts: 'Applies from (Annex I products)',
  amendedAppliesFrom: 'Amended applies from (Digital Omnibus)',
  amendedAppliesFromAnnexIProducts: 'Amended applies from, Annex I products (Digital Omnibus)',
  gpai: 'GPAI',
  gpaiBased: 'Built on a GPAI model',
  celex: 'CELEX',
  eli: 'ELI',
  catalogueUrl: 'Catalogue URL',
  titleVerifiedBy: 'Title verified by',
  loadedFrom: 'Loaded from (data file)',
  createdAt: 'Created at',
  updatedAt: 'Updated at',
};

/** A property key in words: "implementationStatus" → "Implementation status". */
export function propertyLabel(key: string): string {
  const known = KEY_LABEL[key];
  if (known) return known;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const shown = (property: StoredProperty): ShownProperty => ({
  key: property.key,
  label: propertyLabel(property.key),
  text: property.values ? null : (property.value ?? ''),
  items: property.values ? [...property.values] : null,
});

/** Provenance properties (in PROVENANCE_KEYS order) apart from the rest (in the API's order, by key): together, every property. */
export function splitProperties(properties: readonly StoredProperty[]): { provenance: ShownProperty[]; other: ShownProperty[] } {
  const byKey = new Map(properties.map((property) => [property.key, property]));
  const provenanceKeys = new Set<string>(PROVENANCE_KEYS);
  return {
    provenance: PROVENANCE_KEYS.flatMap((key) => {
      const property = byKey.get(key);
      return property ? [shown(property)] : [];
    }),
    other: properties.filter((property) => !provenanceKeys.has(property.key)).map(shown),
  };
}

export type Direction = 'OUTGOING' | 'INCOMING';

/** One relationship as `nodeDetails` gives it. */
export interface StoredRelationship {
  edge: { id: string; type: string; relationship?: string | null; strength?: number | null };
  direction: Direction;
  other: { id: string; kind: string; label: string };
}

export interface RelationshipGroup {
  /** `<TYPE>:<direction>`, stable for React keys. */
  key: string;
  type: string;
  direction: Direction;
  /** The relationship read from this node: "Part of", "Contains", "Satisfied by"… */
  label: string;
  items: StoredRelationship[];
}

/** Each relationship type read both ways, from the node whose details are shown. */
const TYPE_PHRASE: Record<string, Record<Direction, string>> = {
  PART_OF: { OUTGOING: 'Part of', INCOMING: 'Contains' },
  MAPS_TO: { OUTGOING: 'Maps to', INCOMING: 'Mapped from' },
  DERIVED_FROM: { OUTGOING: 'Derived from', INCOMING: 'Obligations derived from it' },
  AMENDED_BY: { OUTGOING: 'Amended by', INCOMING: 'Amends' },
  CONCERNS: { OUTGOING: 'Concerns', INCOMING: 'Concerned by' },
  MILESTONE_OF: { OUTGOING: 'Milestone of', INCOMING: 'Milestones' },
  SATISFIES: { OUTGOING: 'Satisfies', INCOMING: 'Satisfied by' },
  GOVERNS: { OUTGOING: 'Governs', INCOMING: 'Governed by' },
  SUPPORTS: { OUTGOING: 'Supports', INCOMING: 'Supported by' },
  USES_MODEL: { OUTGOING: 'Uses model', INCOMING: 'Used by' },
  SUPPLIED_BY: { OUTGOING: 'Supplied by', INCOMING: 'Supplies' },
  FINE_TUNED_FROM: { OUTGOING: 'Fine-tuned from', INCOMING: 'Base model of' },
  OWNS: { OUTGOING: 'Owns', INCOMING: 'Owned by' },
  MEMBER_OF: { OUTGOING: 'Member of', INCOMING: 'Members' },
};

export function relationshipPhrase(type: string, direction: Direction): string {
  const known = TYPE_PHRASE[type]?.[direction];
  if (known) return known;
  const words = type.charAt(0) + type.slice(1).toLowerCase().replaceAll('_', ' ');
  return direction === 'INCOMING' ? `${words} (incoming)` : words;
}

/** Relationships grouped by type and direction, in the order the API lists them (by type, then the other node's id). */
export function groupRelationships(relationships: readonly StoredRelationship[]): RelationshipGroup[] {
  const groups = new Map<string, RelationshipGroup>();
  for (const relationship of relationships) {
    const key = `${relationship.edge.type}:${relationship.direction}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        type: relationship.edge.type,
        direction: relationship.direction,
        label: relationshipPhrase(relationship.edge.type, relationship.direction),
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push(relationship);
  }
  return [...groups.values()];
}

/** A mapping's or control link's relationship and strength in words ("subset of · 7"), or "" for other edges. */
export function mappingText(edge: { relationship?: string | null; strength?: number | null }): string {
  if (!edge.relationship) return '';
  const words = RELATIONSHIP_LABEL[edge.relationship] ?? edge.relationship;
  return edge.strength == null ? words : `${words} · strength ${edge.strength}`;
}

/** How many relationships the panel does not list. */
export const relationshipsLeft = (details: { relationshipCount: number; relationships: readonly unknown[] }) =>
  Math.max(0, details.relationshipCount - details.relationships.length);
