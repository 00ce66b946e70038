import { describe, expect, it } from 'vitest';
import { toCsv } from '../common/csv.js';
import { toMatrixMappings, toMatrixProvision } from './from-api.js';
import {
  buildMatrix,
  cellKey,
  cellName,
  cellOfMapping,
  cellText,
  isoGroupOf,
  isoToActRelationship,
  matrixCsvColumns,
  nextCell,
  type MatrixMapping,
  type MatrixProvision,
} from './matrix.js';

let position = 0;
const provision = (
  id: string,
  ref: string,
  kind: string,
  parentId: string | null,
  extra: Partial<MatrixProvision> = {},
): MatrixProvision => ({
  id,
  ref,
  title: `Title of ${ref}`,
  kind,
  position: (position += 1),
  parentId,
  grouping: false,
  ...extra,
});

const act = [
  provision('eu-ai-act:chapter-iii', 'Chapter III', 'CHAPTER', null),
  provision('eu-ai-act:art-9', 'Art. 9', 'ARTICLE', 'eu-ai-act:chapter-iii'),
  provision('eu-ai-act:art-14', 'Art. 14', 'ARTICLE', 'eu-ai-act:chapter-iii'),
  provision('eu-ai-act:art-15', 'Art. 15', 'ARTICLE', 'eu-ai-act:chapter-iii'),
  provision('eu-ai-act:annex-iii', 'Annex III', 'ANNEX', null),
];
const iso = [
  provision('iso42001:4-10', 'Clauses 4–10', 'CLAUSE', null, { grouping: true }),
  provision('iso42001:6', '6', 'CLAUSE', 'iso42001:4-10'),
  provision('iso42001:6.1', '6.1', 'CLAUSE', 'iso42001:6'),
  provision('iso42001:6.1.2', '6.1.2', 'CLAUSE', 'iso42001:6.1'),
  provision('iso42001:annex-a', 'Annex A', 'ANNEX', null),
  provision('iso42001:A.6', 'A.6', 'ANNEX_A_TOPIC', 'iso42001:annex-a'),
  provision('iso42001:A.6.2-objective', 'A.6.2', 'ANNEX_A_OBJECTIVE', 'iso42001:A.6'),
  provision('iso42001:A.6.2.4', 'A.6.2.4', 'ANNEX_A_CONTROL', 'iso42001:A.6.2-objective'),
  provision('iso42001:A.6.2.6', 'A.6.2.6', 'ANNEX_A_CONTROL', 'iso42001:A.6.2-objective'),
  provision('iso42001:A.7', 'A.7', 'ANNEX_A_TOPIC', 'iso42001:annex-a'),
];

const mapping = (fromId: string, toId: string, relationship: string, strength: number): MatrixMapping => ({
  id: `mapping:${fromId}>${toId}`,
  relationship,
  strength,
  rationale: `Why ${fromId} and ${toId}`,
  sources: ['a source'],
  source: 'a source',
  actParagraph: null,
  caveat: null,
  strengthBasis: null,
  fromId,
  toId,
});

const mappings = [
  mapping('iso42001:6.1.2', 'eu-ai-act:art-9', 'SUBSET_OF', 7),
  mapping('iso42001:A.6.2.4', 'eu-ai-act:art-15', 'INTERSECTS_WITH', 6),
  // Stored the other way round: read from the ISO side it is SUBSET_OF.
  mapping('eu-ai-act:art-14', 'iso42001:A.6.2.6', 'SUPERSET_OF', 5),
  mapping('iso42001:4-10', 'eu-ai-act:art-9', 'INTERSECTS_WITH', 4),
  // Within one framework: no cell.
  mapping('iso42001:A.7', 'iso42001:6.1.2', 'INTERSECTS_WITH', 3),
];

describe('the crosswalk matrix', () => {
  it('has a row per mapped article and a column per mapped ISO element, grouped by clause or topic', () => {
    const matrix = buildMatrix(act, iso, mappings);
    expect(matrix.rows.map((row) => row.ref)).toEqual(['Art. 9', 'Art. 14', 'Art. 15']);
    expect(matrix.columns.map((column) => column.provision.ref)).toEqual(['Clauses 4–10', '6.1.2', 'A.6.2.4', 'A.6.2.6']);
    expect(matrix.groups).toEqual([
      { id: 'iso42001:4-10', label: 'Clauses 4–10 Title of Clauses 4–10', columns: 1 },
      { id: 'iso42001:6', label: '6 Title of 6', columns: 1 },
      { id: 'iso42001:A.6', label: 'A.6 Title of A.6', columns: 2 },
    ]);
    expect(matrix.cells.size).toBe(4);
    expect(matrix.mappingCount).toBe(4);
  });

  it('reads every cell from the ISO element to the article, whichever way the mapping is stored', () => {
    const matrix = buildMatrix(act, iso, mappings);
    const cell = matrix.cells.get(cellKey('eu-ai-act:art-14', 'iso42001:A.6.2.6'))!;
    expect(cell.relationship).toBe('SUBSET_OF');
    expect(isoToActRelationship(mappings[0]!)).toBe('SUBSET_OF');
    expect(cellName(cell)).toBe('Art. 14 × A.6.2.6: subset of, strength 5');
  });

  it('shows every article and clause and Annex A control on request', () => {
    const matrix = buildMatrix(act, iso, mappings, { showAll: true });
    expect(matrix.rows.map((row) => row.ref)).toEqual(['Art. 9', 'Art. 14', 'Art. 15']);
    expect(matrix.columns.map((column) => column.provision.ref)).toEqual(['Clauses 4–10', '6', '6.1', '6.1.2', 'A.6.2.4', 'A.6.2.6']);
  });

  it('keeps a non-article Act provision with a mapping, so no mapping is lost', () => {
    const matrix = buildMatrix(act, iso, [...mappings, mapping('iso42001:A.6.2.4', 'eu-ai-act:annex-iii', 'INTERSECTS_WITH', 3)]);
    expect(matrix.rows.map((row) => row.ref)).toContain('Annex III');
    expect(matrix.mappingCount).toBe(5);
  });

  it('puts two mappings of one pair in one cell, the strongest first', () => {
    const twice = [...mappings, mapping('eu-ai-act:art-15', 'iso42001:A.6.2.4', 'EQUAL', 3)];
    const matrix = buildMatrix(act, iso, twice);
    const cell = matrix.cells.get(cellKey('eu-ai-act:art-15', 'iso42001:A.6.2.4'))!;
    expect(cell.mappings.map((item) => item.relationship)).toEqual(['EQUAL', 'INTERSECTS_WITH']);
    expect(cellName(cell)).toBe('Art. 15 × A.6.2.4: equal, strength 3, and 1 more mapping');
    expect(cellText(cell)).toBe('equal 3; intersects with 6');
    expect(matrix.cells.size).toBe(4);
    expect(matrix.mappingCount).toBe(5);
  });

  it('finds the cell of the mapping in the URL', () => {
    const matrix = buildMatrix(act, iso, mappings);
    expect(cellOfMapping(matrix, 'mapping:iso42001:A.6.2.4>eu-ai-act:art-15')?.row.ref).toBe('Art. 15');
    expect(cellOfMapping(matrix, 'mapping:nowhere')).toBeUndefined();
    expect(cellOfMapping(matrix, null)).toBeUndefined();
  });

  it('groups ISO elements under their topic or top clause', () => {
    const byId = new Map(iso.map((item) => [item.id, item]));
    const group = (id: string) => isoGroupOf(byId.get(id)!, byId).id;
    expect(group('iso42001:6.1.2')).toBe('iso42001:6');
    expect(group('iso42001:6')).toBe('iso42001:6');
    expect(group('iso42001:A.6.2.4')).toBe('iso42001:A.6');
    expect(group('iso42001:A.7')).toBe('iso42001:A.7');
    expect(group('iso42001:4-10')).toBe('iso42001:4-10');
  });

  it('exports rows × columns with the relationship and strength in each cell', () => {
    const matrix = buildMatrix(act, iso, mappings);
    const csv = toCsv(matrixCsvColumns(matrix), matrix.rows).split('\r\n');
    expect(csv[0]).toBe('Article,Title,Clauses 4–10,6.1.2,A.6.2.4,A.6.2.6');
    expect(csv[1]).toBe('Art. 9,Title of Art. 9,intersects with 4,subset of 7,,');
    expect(csv).toHaveLength(4);
  });

  it('moves between mapped cells with the arrow keys', () => {
    const matrix = buildMatrix(act, iso, mappings);
    // Rows: Art. 9, 14, 15; columns: 4–10, 6.1.2, A.6.2.4, A.6.2.6.
    expect(nextCell(matrix, 0, 0, 'ArrowRight')).toEqual({ row: 0, column: 1 });
    expect(nextCell(matrix, 0, 1, 'ArrowRight')).toBeNull();
    expect(nextCell(matrix, 0, 1, 'ArrowLeft')).toEqual({ row: 0, column: 0 });
    expect(nextCell(matrix, 2, 2, 'ArrowUp')).toBeNull();
    expect(nextCell(matrix, 1, 3, 'ArrowDown')).toBeNull();
    expect(nextCell(matrix, 0, 1, 'Home')).toEqual({ row: 0, column: 0 });
    expect(nextCell(matrix, 0, 0, 'End')).toEqual({ row: 0, column: 1 });
  });
});

describe('loading the matrix', () => {
  it('takes each mapping once, whichever end listed it, and notes provisions with more', () => {
    const listed = {
      id: 'mapping:iso42001:A.6.2.4>eu-ai-act:art-15',
      relationship: 'INTERSECTS_WITH' as const,
      strength: 6,
      rationale: 'Both ask for testing.',
      sources: ['one', 'two'],
      source: 'one; two',
      actParagraph: '15(1)',
      caveat: null,
      strengthBasis: 'INTERSECTS_WITH 5 +1',
      from: { id: 'iso42001:A.6.2.4' },
      to: { id: 'eu-ai-act:art-15' },
    };
    const provision = (id: string, totalCount: number) => ({
      id,
      ref: id,
      title: '',
      kind: 'ARTICLE' as const,
      position: 1,
      grouping: false,
      parent: null,
      mappings: { totalCount, nodes: [listed] },
    });
    const { mappings, incomplete } = toMatrixMappings([provision('eu-ai-act:art-15', 1), provision('eu-ai-act:art-16', 3)]);
    expect(mappings).toHaveLength(1);
    expect(mappings[0]).toMatchObject({ fromId: 'iso42001:A.6.2.4', toId: 'eu-ai-act:art-15', source: 'one; two', actParagraph: '15(1)' });
    expect(incomplete).toEqual(['eu-ai-act:art-16']);
    expect(toMatrixProvision(provision('eu-ai-act:art-15', 1))).toEqual({
      id: 'eu-ai-act:art-15',
      ref: 'eu-ai-act:art-15',
      title: '',
      kind: 'ARTICLE',
      position: 1,
      parentId: null,
      grouping: false,
    });
  });
});
