import { describe, expect, it } from 'vitest';
import {
  groupRelationships,
  mappingText,
  propertyLabel,
  relationshipPhrase,
  relationshipsLeft,
  splitProperties,
  type StoredRelationship,
} from './details.js';

describe('properties of the details panel', () => {
  const obligation = [
    { key: 'amendedAppliesFrom', value: '2027-12-02', values: null },
    { key: 'amendmentStatus', value: 'adopted; OJ publication unverified', values: null },
    { key: 'appliesFrom', value: '2026-08-02', values: null },
    { key: 'caveat', value: 'summaries are paraphrases', values: null },
    { key: 'code', value: 'OBL-PROV-HR-RMS', values: null },
    { key: 'id', value: 'obligation:OBL-PROV-HR-RMS', values: null },
    { key: 'loadedFrom', value: 'reference/obligations.json', values: null },
    { key: 'roles', value: null, values: ['PROVIDER'] },
    { key: 'source', value: 'obligations.json', values: null },
  ];

  it('lists provenance first, in its own order, and every other property after, none lost', () => {
    const { provenance, other } = splitProperties(obligation);
    expect(provenance.map((property) => property.key)).toEqual(['source', 'caveat', 'amendedAppliesFrom', 'amendmentStatus', 'loadedFrom']);
    expect(other.map((property) => property.key)).toEqual(['appliesFrom', 'code', 'id', 'roles']);
    expect(provenance.length + other.length).toBe(obligation.length);
  });

  it('keeps lists as items and scalars as text', () => {
    const { other } = splitProperties(obligation);
    expect(other.find((property) => property.key === 'roles')).toMatchObject({ text: null, items: ['PROVIDER'] });
    expect(other.find((property) => property.key === 'code')).toMatchObject({ text: 'OBL-PROV-HR-RMS', items: null });
    expect(splitProperties([{ key: 'sources', values: [] }]).provenance[0]).toMatchObject({ text: null, items: [] });
  });

  it('puts keys in words', () => {
    expect(propertyLabel('implementationStatus')).toBe('Implementation status');
    expect(propertyLabel('annexIIIArea')).toBe('Annex III area');
    expect(propertyLabel('amendedAppliesFromAnnexIProducts')).toContain('Annex I products');
    expect(propertyLabel('ref')).toBe('Ref');
    expect(propertyLabel('validUntil')).toBe('Valid until');
    expect(propertyLabel('titleVariantsSeen')).toBe('Title variants seen');
  });
});

describe('relationships of the details panel', () => {
  const relationship = (
    type: string,
    direction: 'OUTGOING' | 'INCOMING',
    other: string,
    extra: Partial<StoredRelationship['edge']> = {},
  ): StoredRelationship => ({
    edge: { id: `${type}-${other}`, type, ...extra },
    direction,
    other: { id: other, kind: 'PROVISION', label: other },
  });

  it('groups by type and direction in the order given, each read from this node', () => {
    const groups = groupRelationships([
      relationship('DERIVED_FROM', 'INCOMING', 'obligation:A'),
      relationship('DERIVED_FROM', 'INCOMING', 'obligation:B'),
      relationship('MAPS_TO', 'INCOMING', 'iso42001:6.1.2', { relationship: 'INTERSECTS_WITH', strength: 5 }),
      relationship('PART_OF', 'OUTGOING', 'eu-ai-act:chapter-iii:section-2'),
      relationship('PART_OF', 'INCOMING', 'eu-ai-act:art-9:para-1'),
    ]);
    expect(groups.map((group) => [group.label, group.items.map((item) => item.other.id)])).toEqual([
      ['Obligations derived from it', ['obligation:A', 'obligation:B']],
      ['Mapped from', ['iso42001:6.1.2']],
      ['Part of', ['eu-ai-act:chapter-iii:section-2']],
      ['Contains', ['eu-ai-act:art-9:para-1']],
    ]);
  });

  it('names unknown types from the type itself', () => {
    expect(relationshipPhrase('REPLACED_BY', 'OUTGOING')).toBe('Replaced by');
    expect(relationshipPhrase('REPLACED_BY', 'INCOMING')).toBe('Replaced by (incoming)');
  });

  it('says a mapping relationship and strength in words, nothing for plain edges', () => {
    expect(mappingText({ relationship: 'SUBSET_OF', strength: 7 })).toBe('subset of · strength 7');
    expect(mappingText({ relationship: 'EQUAL', strength: null })).toBe('equal');
    expect(mappingText({ relationship: null })).toBe('');
  });

  it('counts the relationships left out by the limit', () => {
    expect(relationshipsLeft({ relationshipCount: 1001, relationships: new Array(200) })).toBe(801);
    expect(relationshipsLeft({ relationshipCount: 3, relationships: new Array(3) })).toBe(0);
  });
});
