// One full-text index over what people type to find things: refs ("Art. 9", "A.6.2.4"), titles,
// names, summaries and codes. User text is escaped before it reaches this index.
CREATE FULLTEXT INDEX crosswalk_search IF NOT EXISTS
FOR (n:Framework|Provision|Obligation|Control|AISystem|Model|Vendor|Owner|Evidence)
ON EACH [n.ref, n.title, n.name, n.summary, n.code, n.description, n.intendedPurpose];
