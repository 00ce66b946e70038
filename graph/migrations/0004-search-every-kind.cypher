// Search (server/src/search) covers every kind of node the API has, so the full-text index now takes
// in milestones and legislative notes too, and a milestone's or note's `what`. A full-text index
// cannot be altered: 0003's is dropped and made again under the same name. No IF NOT EXISTS on the
// create: Neo4j would skip it silently if an equivalent index existed under another name, and search
// asks for this one by name.
// Analyzer 'standard-folding': words split on punctuation, lower-cased and stripped of accents (Ines
// finds Inês), English stop words ("of", "the", "and") left out so they do not pull in every node. No
// stemming ('english' would store "manag" for "management"): the search adds `~1` fuzzy variants of
// words, which find plurals and typos, and a fuzzy term is not stemmed, so it would miss stemmed words.
DROP INDEX crosswalk_search IF EXISTS;
CREATE FULLTEXT INDEX crosswalk_search
FOR (n:Framework|Provision|Obligation|Milestone|LegislativeNote|Control|AISystem|Model|Vendor|Owner|Evidence)
ON EACH [n.ref, n.title, n.name, n.summary, n.code, n.what, n.description, n.intendedPurpose]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
