import { describe, expect, it } from 'vitest';
import { pathSentence, pathSteps, shortLabel, stepWords } from './path-words.js';
import type { PathNode, ReasoningPath } from './results.js';

const node = (id: string, kind: string, label: string): PathNode => ({ id, kind, label });

describe('short names of path nodes', () => {
  it('cites provisions by their ref and controls and obligations by their code', () => {
    expect(shortLabel(node('eu-ai-act:art-15', 'PROVISION', 'Art. 15 Accuracy, robustness and cybersecurity'))).toBe('Art. 15');
    expect(shortLabel(node('eu-ai-act:annex-iii', 'PROVISION', 'Annex III High-risk AI systems'))).toBe('Annex III');
    expect(shortLabel(node('eu-ai-act:chapter-iii:section-2', 'PROVISION', 'Chapter III Section 2 Requirements'))).toBe(
      'Chapter III Section 2',
    );
    expect(shortLabel(node('eu-ai-act:annex-viii:section-a', 'PROVISION', 'Annex VIII Section A Information'))).toBe(
      'Annex VIII Section A',
    );
    expect(shortLabel(node('iso42001:A.6.2.4', 'PROVISION', 'A.6.2.4 AI system verification and validation'))).toBe('A.6.2.4');
    expect(shortLabel(node('iso42001:A.2-objective', 'PROVISION', 'A.2 Policies related to AI'))).toBe('A.2');
    expect(shortLabel(node('iso42001:4-10', 'PROVISION', 'Clauses 4–10 AI management system requirements'))).toBe('Clauses 4–10');
    expect(shortLabel(node('control:TST-01', 'CONTROL', 'TST-01 Pre-release validation'))).toBe('TST-01');
    expect(shortLabel(node('obligation:OBL-PROV-HR-RMS', 'OBLIGATION', 'OBL-PROV-HR-RMS'))).toBe('OBL-PROV-HR-RMS');
  });

  it('falls back to the label when the id does not give it', () => {
    expect(shortLabel(node('eu-ai-act:recital-5', 'PROVISION', 'Recital 5'))).toBe('Recital 5');
    expect(shortLabel(node('eu-ai-act:art-15', 'PROVISION', 'Article fifteen'))).toBe('Article fifteen');
    expect(shortLabel(node('system:x', 'AI_SYSTEM', 'Credit scoring'))).toBe('Credit scoring');
  });
});

describe('steps in words', () => {
  const mapping = {
    id: 'm',
    source: 'iso42001:A.2.2',
    target: 'eu-ai-act:art-17',
    type: 'MAPS_TO',
    relationship: 'SUBSET_OF',
    strength: 7,
  };
  it('reads a mapping as stored forwards and inverted backwards', () => {
    expect(stepWords(mapping, 'iso42001:A.2.2')).toBe('subset of');
    expect(stepWords(mapping, 'eu-ai-act:art-17')).toBe('superset of');
    expect(stepWords({ ...mapping, relationship: 'INTERSECTS_WITH' }, 'eu-ai-act:art-17')).toBe('intersects with');
  });

  it('names structural steps', () => {
    const partOf = { id: 'p', source: 'iso42001:5.2', target: 'iso42001:5', type: 'PART_OF', relationship: null, strength: null };
    expect(stepWords(partOf, 'iso42001:5.2')).toBe('part of');
    expect(stepWords(partOf, 'iso42001:5')).toBe('contains');
    const derivedFrom = {
      id: 'd',
      source: 'obligation:X',
      target: 'eu-ai-act:art-9',
      type: 'DERIVED_FROM',
      relationship: null,
      strength: null,
    };
    expect(stepWords(derivedFrom, 'obligation:X')).toBe('derived from');
    expect(stepWords(derivedFrom, 'eu-ai-act:art-9')).toBe('gives rise to');
  });

  it('writes a whole path as one sentence', () => {
    const path: ReasoningPath = {
      relationship: 'INTERSECTS_WITH',
      strength: 6,
      nodes: [
        node('control:TST-01', 'CONTROL', 'TST-01 Pre-release validation'),
        node('iso42001:A.6.2.4', 'PROVISION', 'A.6.2.4 AI system verification and validation'),
        node('eu-ai-act:art-15', 'PROVISION', 'Art. 15 Accuracy, robustness and cybersecurity'),
      ],
      edges: [
        { id: 's', source: 'control:TST-01', target: 'iso42001:A.6.2.4', type: 'SATISFIES', relationship: 'EQUAL', strength: 9 },
        { id: 'm', source: 'iso42001:A.6.2.4', target: 'eu-ai-act:art-15', type: 'MAPS_TO', relationship: 'INTERSECTS_WITH', strength: 6 },
      ],
    };
    expect(pathSentence(path)).toBe('TST-01 —equal · 9→ A.6.2.4 —intersects with · 6→ Art. 15');
    expect(pathSteps(path).map((step) => step.backwards)).toEqual([false, false]);
  });
});
