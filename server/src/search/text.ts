// What a person typed, made ready for the two ways search matches: words for the full-text index and
// references (Art. 27, A.6.2.4, GOV-01, ids) for exact matching. Pure functions, no database.

/** At most this many distinct words reach the full-text index; the rest of a long text is ignored. */
export const MAX_SEARCH_TERMS = 16;

// Removed before matching: they change nothing a reader sees but would split or hide a word.
// Zero-width characters, bidirectional controls, word joiners, the byte-order mark, the soft hyphen.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// Half of a surrogate pair on its own is not a character (JSON lets clients send one).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NFKC, invisible characters removed, any run of spaces and control characters one space, trimmed. */
export function normaliseSearchText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[\s\p{Cc}\p{Z}]+/gu, ' ')
    .trim();
}

/** The distinct words of a normalised text that hold a letter or a digit, lower-cased, in order. */
export function searchTerms(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  return [...new Set(words)].slice(0, MAX_SEARCH_TERMS);
}

export interface ReferenceKeys {
  /** Lower-cased values compared with a node's `ref`, `code` and `id`. */
  exact: string[];
  /** Lower-cased `ref` prefixes of the provisions under an exact reference (`a.6.2.` finds A.6.2.2 …). */
  under: string[];
}

const ROMAN: [number, string][] = [
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];
function roman(value: number): string {
  let rest = value;
  let text = '';
  for (const [amount, numeral] of ROMAN) {
    while (rest >= amount) {
      text += numeral;
      rest -= amount;
    }
  }
  return text;
}

// "Art 27", "art. 27", "Article 27", "Art.27(1)(a)", "Arts. 27": the Act's articles are cited "Art. 27".
const ARTICLE = /\barts?\b\.?\s*(\d{1,3})|\barticles?\s*(\d{1,3})/giu;
// "Annex III", "annex 3", "Chapter iii", "chapter 3": annexes and chapters of the Act carry Roman
// numerals, ISO's annexes a letter (Annex A).
const ANNEX_OR_CHAPTER = /\b(annex|chapter)\s+([ivxl]+|[a-d]|\d{1,2})\b/giu;
// ISO/IEC 42001 clause and Annex A numbers: "6.1", "6.1.2", "A.6", "A.6.2.4". A bare "4.2" inside a
// longer text is more often a version than a clause, so dotted numbers count as references only when
// they start with an Annex A letter, follow "clause", "ISO …" or "§", or are the whole text; one
// followed by a dash starts a range ("Clauses 4–10"), not a clause.
const ANNEX_A_NUMBER = /(?<![\p{L}\p{N}.])([a-d]\.\d{1,2}(?:\.\d{1,2})*)(?![\p{L}\p{N}\-–]|\.\d)/giu;
const CITED_CLAUSE = /(?:\bclauses?|\biso(?:\/iec)?(?:\s*42001(?::2023)?)?|§)\s*(\d{1,2}(?:\.\d{1,2})*)(?![\p{L}\p{N}\-–]|\.\d)/giu;
const CLAUSE_NUMBER = /^(?:[a-d]\.)?\d{1,2}(?:\.\d{1,2})*$/u;

/**
 * The references a text names. The whole text always counts (an id, a code such as `GOV-01` or
 * `OBL-PROV-HR-RMS`, a ref such as `Annex VIII Section A`), as do words with `-` or `:` in them and the
 * article, annex, chapter and clause citations found anywhere in it, each in the form the graph's
 * `ref` uses.
 */
export function referenceKeys(text: string): ReferenceKeys {
  const lower = text.toLowerCase();
  const exact = new Set<string>();
  const add = (key: string) => {
    const trimmed = key.replace(/[.,;:!?)]+$/u, '').trim();
    if (trimmed) exact.add(trimmed);
  };
  add(lower);
  // "Clauses 4-10" typed with a hyphen; the ref has an en dash.
  if (/\d-\d/u.test(lower)) add(lower.replace(/(\d)-(\d)/gu, '$1–$2'));
  for (const word of lower.split(' ')) {
    if (/[-:]/u.test(word)) add(word);
  }
  for (const match of lower.matchAll(ARTICLE)) add(`art. ${Number(match[1] ?? match[2])}`);
  for (const match of lower.matchAll(ANNEX_OR_CHAPTER)) {
    const numeral = /^\d+$/u.test(match[2]!) ? roman(Number(match[2])) : match[2]!;
    add(`${match[1]} ${numeral}`);
  }
  for (const match of lower.matchAll(ANNEX_A_NUMBER)) add(match[1]!);
  for (const match of lower.matchAll(CITED_CLAUSE)) add(match[1]!);

  // Provisions under a clause, an Annex A number, an annex or a chapter: `a.6.2` → `a.6.2.`,
  // `annex viii` → `annex viii ` (its sections), `chapter iii` → `chapter iii `.
  const under: string[] = [];
  for (const key of exact) {
    if (CLAUSE_NUMBER.test(key)) under.push(`${key}.`);
    else if (/^(?:annex|chapter) [ivxl]+$/u.test(key)) under.push(`${key} `);
  }
  return { exact: [...exact], under };
}
