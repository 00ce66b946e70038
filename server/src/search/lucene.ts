// The Lucene query sent to the full-text index, built from a person's words. The words are data, never
// query syntax: every character Lucene's query parser gives a meaning is escaped, and so are the
// operator words, so no text can change the query's shape, reach another field or fail to parse.

// + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / — escaped one character at a time (`&&` becomes `\&\&`).
const SPECIAL_CHARACTERS = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATOR_WORDS = new Set(['AND', 'OR', 'NOT']);

/** One word as a Lucene term: special characters backslash-escaped, AND/OR/NOT made plain words. */
export function escapeLucene(word: string): string {
  const escaped = word.replace(SPECIAL_CHARACTERS, (character) => `\\${character}`);
  // The parser reads only upper-case AND, OR and NOT as operators; `\AND` is the word "and".
  return OPERATOR_WORDS.has(escaped) ? `\\${escaped}` : escaped;
}

/**
 * The indexed properties, weighted: what a thing is called (its ref, code, title, name, an
 * obligation's summary, a milestone's `what`) counts three times what its description says.
 */
const SEARCH_FIELDS: readonly { property: string; weight: number }[] = [
  { property: 'ref', weight: 3 },
  { property: 'code', weight: 3 },
  { property: 'title', weight: 3 },
  { property: 'name', weight: 3 },
  { property: 'summary', weight: 3 },
  { property: 'what', weight: 3 },
  { property: 'description', weight: 1 },
  { property: 'intendedPurpose', weight: 1 },
];

/** Words of at least this many letters also match within one edit (a typo, a plural). */
const FUZZY_MIN_LETTERS = 4;

/**
 * English stop words of four letters or more, as the index's analyzer (`standard-folding`) drops them:
 * the index holds none of them, so a fuzzy variant would only find their near misses ("with" → "width").
 */
const STOP_WORDS = new Set(['into', 'such', 'that', 'their', 'then', 'there', 'these', 'they', 'this', 'will', 'with']);

/** A word's core: leading and trailing punctuation removed. */
const core = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * A word and, when it is letters only and long enough, its `~1` fuzzy variant. A fuzzy term is not
 * split into words by the analyzer, so it is made of the word's letters alone.
 */
function termVariants(word: string): string {
  const letters = core(word);
  const fuzzy =
    /^\p{L}+$/u.test(letters) && [...letters].length >= FUZZY_MIN_LETTERS && !STOP_WORDS.has(letters.toLowerCase())
      ? ` ${escapeLucene(letters)}~1`
      : '';
  return `${escapeLucene(word)}${fuzzy}`;
}

/**
 * The full-text query for some words (lower-cased, as `searchTerms` gives them), or null when there is
 * nothing to search for. Per field, weighted as SEARCH_FIELDS says: the words as a phrase (weight ×4),
 * all of the words, each exactly or within one edit (×2), and any of them (×1), so a title with the
 * exact phrase outranks one with all the words apart, which outranks one with some of them.
 */
export function fullTextQuery(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  const any = words.map(termVariants).join(' ');
  const all = words.map((word) => `+(${termVariants(word)})`).join(' ');
  const phrase = `"${words.map(escapeLucene).join(' ')}"`;
  return SEARCH_FIELDS.map(({ property, weight }) => {
    const clauses = [`${property}:(${any})^${weight}`];
    if (words.length > 1) clauses.push(`${property}:(${all})^${weight * 2}`, `${property}:${phrase}^${weight * 4}`);
    return clauses.join(' ');
  }).join(' ');
}
