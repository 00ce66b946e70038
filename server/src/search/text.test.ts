import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_TERMS, normaliseSearchText, referenceKeys, searchTerms } from './text.js';

describe('normaliseSearchText', () => {
  it('removes zero-width and bidirectional characters and lone surrogates', () => {
    expect(normaliseSearchText('risk\u200bmanagement')).toBe('riskmanagement');
    expect(normaliseSearchText('\u202eArt. 27\u202c')).toBe('Art. 27');
    expect(normaliseSearchText('\ufeffA.6.2.4\u2060')).toBe('A.6.2.4');
    expect(normaliseSearchText('a\ud800b\udc00c')).toBe('abc');
    expect(normaliseSearchText('🙂 ok')).toBe('🙂 ok');
  });

  it('folds compatibility characters and collapses spaces and control characters', () => {
    expect(normaliseSearchText('  Ａｒｔ．\u00a027 \t\n\u0000 ')).toBe('Art. 27');
    expect(normaliseSearchText('\u200b \u200c')).toBe('');
  });
});

describe('searchTerms', () => {
  it('keeps distinct lower-cased words that hold a letter or digit', () => {
    expect(searchTerms('Risk risk MANAGEMENT * && 🙂 27')).toEqual(['risk', 'management', '27']);
  });

  it('stops at the word limit', () => {
    const words = Array.from({ length: MAX_SEARCH_TERMS + 5 }, (_, i) => `w${i}`);
    expect(searchTerms(words.join(' '))).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe('referenceKeys', () => {
  it.each([
    ['Art. 27', 'art. 27'],
    ['Art 27', 'art. 27'],
    ['art.27', 'art. 27'],
    ['article 27', 'art. 27'],
    ['Article 27(1)(a)', 'art. 27'],
    ['Arts. 9', 'art. 9'],
    ['obligations under Art. 26 for deployers', 'art. 26'],
  ])('reads %s as the article %s', (text, key) => {
    expect(referenceKeys(text).exact).toContain(key);
  });

  it.each([
    ['Annex III', 'annex iii'],
    ['annex 3', 'annex iii'],
    ['Chapter 9', 'chapter ix'],
    ['annex a', 'annex a'],
    ['A.6.2.4', 'a.6.2.4'],
    ['a.6.2.4.', 'a.6.2.4'],
    ['see A.6.2.4 for this', 'a.6.2.4'],
    ['ISO 6.1', '6.1'],
    ['ISO/IEC 42001:2023 6.1.2', '6.1.2'],
    ['clause 6.1', '6.1'],
    ['§ 9.3', '9.3'],
    ['6.1', '6.1'],
    ['Clauses 4-10', 'clauses 4–10'],
    ['GOV-01', 'gov-01'],
    ['evidence for control:GOV-01', 'control:gov-01'],
    ['OBL-PROV-HR-RMS', 'obl-prov-hr-rms'],
  ])('reads %s as %s', (text, key) => {
    expect(referenceKeys(text).exact).toContain(key);
  });

  it('does not take a version number inside a text, or the start of a range, for a clause', () => {
    expect(referenceKeys('Lumen Score 4.2').exact).toEqual(['lumen score 4.2']);
    expect(referenceKeys('Clauses 4-10').exact).not.toContain('4');
    expect(referenceKeys('Clauses 4–10').exact).toEqual(['clauses 4–10']);
  });

  it('names the prefixes of provisions under a clause, an annex or a chapter', () => {
    expect(referenceKeys('A.6.2').under).toContain('a.6.2.');
    expect(referenceKeys('clause 6').under).toContain('6.');
    expect(referenceKeys('Annex VIII').under).toContain('annex viii ');
    expect(referenceKeys('Chapter III').under).toContain('chapter iii ');
    expect(referenceKeys('risk management').under).toEqual([]);
    expect(referenceKeys('Art. 9').under).toEqual([]);
  });
});
