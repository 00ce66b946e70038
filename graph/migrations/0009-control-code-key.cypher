// Issue 11: control codes are unique case-insensitively, in the database as in the API (0005's
// constraint on code compares case-sensitively, so GOV-01 and gov-01 could both be written). Every
// write path (mutations, data loader, graph:import, graph:generate) sets codeKey = the code in lower
// case (server/src/graph/schemas.ts); this fills it for the controls already there, then makes it unique.
// If two existing codes differ only in case, creating the constraint FAILS, naming both nodes and the
// shared codeKey: change one of the codes, then run the migrations again (this one is not recorded
// until it succeeds, and filling codeKey again is harmless).
MATCH (c:Control) WHERE c.code IS NOT NULL SET c.codeKey = toLower(c.code);
CREATE CONSTRAINT control_code_key_unique IF NOT EXISTS FOR (n:Control) REQUIRE n.codeKey IS UNIQUE;
