// Control codes are unique (the API checks first; this closes the race of two concurrent creates).
// A uniqueness constraint brings its own index, so the plain lookup index of 0002 goes.
DROP INDEX control_code IF EXISTS;
CREATE CONSTRAINT control_code_unique IF NOT EXISTS FOR (n:Control) REQUIRE n.code IS UNIQUE;
