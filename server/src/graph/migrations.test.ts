import { describe, expect, it } from 'vitest';
import { splitStatements } from './migrations.js';

describe('splitStatements', () => {
  it('drops comment lines and splits on semicolons at line ends', () => {
    const text = `// why this index
CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);
CREATE FULLTEXT INDEX b IF NOT EXISTS
FOR (n:A|B) ON EACH [n.x];
`;
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE FULLTEXT INDEX b IF NOT EXISTS\nFOR (n:A|B) ON EACH [n.x]',
    ]);
  });

  it('keeps a semicolon inside a line', () => {
    expect(splitStatements("RETURN 'a;b' AS x;")).toEqual(["RETURN 'a;b' AS x"]);
  });
});
