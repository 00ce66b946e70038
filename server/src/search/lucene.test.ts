import { describe, expect, it } from 'vitest';
import { escapeLucene, fullTextQuery } from './lucene.js';

const SPECIAL = ['+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'];

/** True when every special character of `query` is preceded by an escaping backslash. */
function allEscaped(query: string): boolean {
  for (let i = 0; i < query.length; i += 1) {
    const character = query[i]!;
    if (character === '\\') {
      i += 1; // the escaped character
      continue;
    }
    if (SPECIAL.includes(character)) return false;
  }
  return true;
}

describe('escapeLucene', () => {
  it.each(SPECIAL)('escapes %s', (character) => {
    expect(escapeLucene(character)).toBe(`\\${character}`);
    expect(escapeLucene(`a${character}b`)).toBe(`a\\${character}b`);
  });

  it('escapes the two-character operators one character at a time', () => {
    expect(escapeLucene('&&')).toBe('\\&\\&');
    expect(escapeLucene('||')).toBe('\\|\\|');
    expect(escapeLucene('a&&b||c')).toBe('a\\&\\&b\\|\\|c');
  });

  it('makes the operator words plain words', () => {
    expect(escapeLucene('AND')).toBe('\\AND');
    expect(escapeLucene('OR')).toBe('\\OR');
    expect(escapeLucene('NOT')).toBe('\\NOT');
    // Only the upper-case words are operators; others pass as they are.
    expect(escapeLucene('and')).toBe('and');
    expect(escapeLucene('ANDROID')).toBe('ANDROID');
  });

  it('leaves letters, digits, dots and other scripts alone', () => {
    expect(escapeLucene('A.6.2.4')).toBe('A.6.2.4');
    expect(escapeLucene('Art.')).toBe('Art.');
    expect(escapeLucene('شفافية')).toBe('شفافية');
    expect(escapeLucene('🙂')).toBe('🙂');
  });

  it('escapes field syntax, wildcards, ranges, regexes and boosts', () => {
    expect(escapeLucene('title:foo')).toBe('title\\:foo');
    expect(escapeLucene('te?t*')).toBe('te\\?t\\*');
    expect(escapeLucene('[a TO z]')).toBe('\\[a TO z\\]');
    expect(escapeLucene('/.*/')).toBe('\\/.\\*\\/');
    expect(escapeLucene('risk^100')).toBe('risk\\^100');
    expect(escapeLucene('risk~2')).toBe('risk\\~2');
  });

  it('leaves no special character unescaped, whatever the input', () => {
    const alphabet = [...SPECIAL, 'a', 'Z', '1', ' ', '.', "'", ';', 'é', '\u200b'];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let run = 0; run < 500; run += 1) {
      const word = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(allEscaped(escapeLucene(word)), word).toBe(true);
    }
  });
});

describe('fullTextQuery', () => {
  it('is null when there is no word', () => {
    expect(fullTextQuery([])).toBeNull();
  });

  it('searches one word in every field, fuzzy when it has four letters or more', () => {
    const query = fullTextQuery(['transparancy'])!;
    expect(query).toContain('title:(transparancy transparancy~1)^3');
    expect(query).toContain('description:(transparancy transparancy~1)^1');
    expect(query).not.toContain('"');
    expect(fullTextQuery(['ai'])).toContain('title:(ai)^3');
  });

  it('adds the phrase and all-words clauses for several words', () => {
    const query = fullTextQuery(['risk', 'management'])!;
    expect(query).toContain('title:(risk risk~1 management management~1)^3');
    expect(query).toContain('title:(+(risk risk~1) +(management management~1))^6');
    expect(query).toContain('title:"risk management"^12');
    expect(query).toContain('intendedPurpose:"risk management"^4');
  });

  it('escapes every word and never makes a fuzzy term from punctuation', () => {
    const query = fullTextQuery(['"})', '(n)', 'title:foo', 'a&&b', 'NOT', '\\'])!;
    expect(query).toContain('title:(\\"\\}\\) \\(n\\) title\\:foo a\\&\\&b \\NOT \\\\)^3');
    expect(query).toContain('title:"\\"\\}\\) \\(n\\) title\\:foo a\\&\\&b \\NOT \\\\"^12');
    expect(query).not.toContain('~1');
  });

  it('makes no fuzzy variant of a stop word, which the index does not hold', () => {
    expect(fullTextQuery(['with'])).toContain('title:(with)^3');
  });

  it('takes the fuzzy variant from the letters of a word with punctuation around it', () => {
    expect(fullTextQuery(['(oversight),'])).toContain('title:(\\(oversight\\), oversight~1)^3');
  });
});
