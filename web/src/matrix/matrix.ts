import { RELATIONSHIP_LABEL } from '../graph/kinds.js';
import type { CsvColumn } from '../common/csv.js';

// The crosswalk as a matrix: the Act's articles (rows) against ISO/IEC 42001's clauses and Annex A
// controls (columns, grouped by clause or topic), one cell per pair that a MAPS_TO mapping links.
// Pure: the page fetches provisions and mappings, this arranges them.

export interface MatrixProvision {
  id: string;
  ref: string;
  title: string;
  kind: string;
  position: number;
  parentId: string | null;
  /** ISO's "Clauses 4–10" node that crosswalks map to as a whole. */
  grouping: boolean;
}

export interface MatrixMapping {
  id: string;
  relationship: string;
  strength: number;
  rationale: string;
  sources: string[];
  source: string;
  actParagraph: string | null;
  caveat: string | null;
  strengthBasis: string | null;
  fromId: string;
  toId: string;
}

interface MatrixColumn {
  provision: MatrixProvision;
  groupId: string;
}

interface MatrixGroup {
  id: string;
  label: string;
  columns: number;
}

export interface MatrixCell {
  row: MatrixProvision;
  column: MatrixProvision;
  /** Every mapping between the two, strongest first; the first one colours the cell. */
  mappings: MatrixMapping[];
  /** The strongest mapping's relationship read from the column (ISO) to the row (Act), as the crosswalk states them. */
  relationship: string;
  strength: number;
}

export interface Matrix {
  rows: MatrixProvision[];
  columns: MatrixColumn[];
  groups: MatrixGroup[];
  /** Cells by cellKey(row, column); only pairs with a mapping. */
  cells: Map<string, MatrixCell>;
  /** The mappings between the Act and ISO/IEC 42001 that the cells hold. */
  mappingCount: number;
}

export const cellKey = (rowId: string, columnId: string) => `${rowId}|${columnId}`;

/** One symbol per NIST IR 8477 relationship, read column → row ("A.6.2.4 ∩ Art. 15"). */
export const RELATIONSHIP_SYMBOL: Record<string, string> = {
  EQUAL: '=',
  SUBSET_OF: '⊂',
  SUPERSET_OF: '⊃',
  INTERSECTS_WITH: '∩',
  NOT_RELATED: '∅',
};

const RANK: Record<string, number> = { EQUAL: 5, SUPERSET_OF: 4, SUBSET_OF: 3, INTERSECTS_WITH: 2, NOT_RELATED: 0 };

const inverse = (relationship: string) =>
  relationship === 'SUBSET_OF' ? 'SUPERSET_OF' : relationship === 'SUPERSET_OF' ? 'SUBSET_OF' : relationship;

const isAct = (id: string) => id.startsWith('eu-ai-act:');
const isIso = (id: string) => id.startsWith('iso42001:');

/** The mapping's relationship read from the ISO element to the Act provision, whichever way it is stored. */
export function isoToActRelationship(mapping: MatrixMapping): string {
  return isIso(mapping.fromId) ? mapping.relationship : inverse(mapping.relationship);
}

/**
 * The column group of an ISO provision: the Annex A topic above it, or the top clause (4 … 10) above
 * it; a topic, a top clause or the "Clauses 4–10" node groups itself.
 */
export function isoGroupOf(provision: MatrixProvision, byId: ReadonlyMap<string, MatrixProvision>): MatrixProvision {
  let at = provision;
  for (let depth = 0; depth < 20; depth += 1) {
    if (at.kind === 'ANNEX_A_TOPIC' || at.grouping) return at;
    const parent = at.parentId ? byId.get(at.parentId) : undefined;
    if (!parent || parent.grouping || (at.kind === 'CLAUSE' && parent.kind !== 'CLAUSE')) return at;
    at = parent;
  }
  return at;
}

const byPosition = (a: MatrixProvision, b: MatrixProvision) => a.position - b.position || a.id.localeCompare(b.id);

export interface MatrixOptions {
  /** Every article and every clause and Annex A control, not only those with a mapping. */
  showAll?: boolean;
}

/**
 * Rows: articles with a mapping (every article with showAll), and any other Act provision with one,
 * so no mapping is left out. Columns likewise from ISO's clauses and Annex A controls. Mappings
 * within one framework are no cell of this matrix and are left out.
 */
export function buildMatrix(
  act: readonly MatrixProvision[],
  iso: readonly MatrixProvision[],
  mappings: readonly MatrixMapping[],
  options: MatrixOptions = {},
): Matrix {
  const actById = new Map(act.map((provision) => [provision.id, provision]));
  const isoById = new Map(iso.map((provision) => [provision.id, provision]));
  const unique = [...new Map(mappings.map((mapping) => [mapping.id, mapping])).values()];

  const pairs = new Map<string, { row: MatrixProvision; column: MatrixProvision; mappings: MatrixMapping[] }>();
  for (const mapping of unique) {
    const actId = isAct(mapping.fromId) ? mapping.fromId : isAct(mapping.toId) ? mapping.toId : null;
    const isoId = isIso(mapping.fromId) ? mapping.fromId : isIso(mapping.toId) ? mapping.toId : null;
    const row = actId ? actById.get(actId) : undefined;
    const column = isoId ? isoById.get(isoId) : undefined;
    if (!row || !column) continue;
    const key = cellKey(row.id, column.id);
    const pair = pairs.get(key) ?? { row, column, mappings: [] };
    pair.mappings.push(mapping);
    pairs.set(key, pair);
  }

  const cells = new Map<string, MatrixCell>();
  let mappingCount = 0;
  for (const [key, pair] of pairs) {
    const sorted = [...pair.mappings].sort(
      (a, b) =>
        (RANK[isoToActRelationship(b)] ?? 0) - (RANK[isoToActRelationship(a)] ?? 0) || b.strength - a.strength || a.id.localeCompare(b.id),
    );
    const strongest = sorted[0]!;
    cells.set(key, {
      row: pair.row,
      column: pair.column,
      mappings: sorted,
      relationship: isoToActRelationship(strongest),
      strength: strongest.strength,
    });
    mappingCount += sorted.length;
  }

  const mappedRows = new Set([...cells.values()].map((cell) => cell.row.id));
  const mappedColumns = new Set([...cells.values()].map((cell) => cell.column.id));
  const rows = act
    .filter((provision) => mappedRows.has(provision.id) || (options.showAll && provision.kind === 'ARTICLE'))
    .sort(byPosition);
  const columnProvisions = iso
    .filter(
      (provision) =>
        mappedColumns.has(provision.id) ||
        (options.showAll && (provision.kind === 'CLAUSE' || provision.kind === 'ANNEX_A_CONTROL') && !provision.grouping),
    )
    .sort(byPosition);

  // Groups in document order of their first column; columns kept together under their group.
  const groups: MatrixGroup[] = [];
  const columnsOf = new Map<string, MatrixColumn[]>();
  for (const provision of columnProvisions) {
    const group = isoGroupOf(provision, isoById);
    if (!columnsOf.has(group.id)) {
      columnsOf.set(group.id, []);
      groups.push({ id: group.id, label: `${group.ref} ${group.title}`.trim(), columns: 0 });
    }
    columnsOf.get(group.id)!.push({ provision, groupId: group.id });
  }
  for (const group of groups) group.columns = columnsOf.get(group.id)!.length;
  const columns = groups.flatMap((group) => columnsOf.get(group.id)!);

  return { rows, columns, groups, cells, mappingCount };
}

/** The cell holding a mapping (the selected one in the URL), if the matrix shows it. */
export function cellOfMapping(matrix: Matrix, mappingId: string | null): MatrixCell | undefined {
  if (!mappingId) return undefined;
  for (const cell of matrix.cells.values()) if (cell.mappings.some((mapping) => mapping.id === mappingId)) return cell;
  return undefined;
}

/** A cell's accessible name: "Art. 15 × A.6.2.4: intersects with, strength 7". */
export function cellName(cell: MatrixCell): string {
  const more = cell.mappings.length > 1 ? `, and ${cell.mappings.length - 1} more mapping${cell.mappings.length > 2 ? 's' : ''}` : '';
  return `${cell.row.ref} × ${cell.column.ref}: ${RELATIONSHIP_LABEL[cell.relationship] ?? cell.relationship}, strength ${cell.strength}${more}`;
}

/** A cell in the CSV: the relationship in words and the strength of each mapping, "intersects with 7". */
export function cellText(cell: MatrixCell | undefined): string {
  if (!cell) return '';
  return cell.mappings
    .map((mapping) => `${RELATIONSHIP_LABEL[isoToActRelationship(mapping)] ?? mapping.relationship} ${mapping.strength}`)
    .join('; ');
}

/** The matrix as CSV columns: the article, its title, then one column per ISO element. */
export function matrixCsvColumns(matrix: Matrix): CsvColumn<MatrixProvision>[] {
  return [
    { header: 'Article', value: (row) => row.ref },
    { header: 'Title', value: (row) => row.title },
    ...matrix.columns.map((column): CsvColumn<MatrixProvision> => ({
      header: column.provision.ref,
      value: (row) => cellText(matrix.cells.get(cellKey(row.id, column.provision.id))),
    })),
  ];
}

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * Keyboard movement between the cells that have a mapping: left/right to the nearest one in the row,
 * up/down to the nearest one in the column, Home/End to the row's first and last. Null when there is none.
 */
export function nextCell(matrix: Matrix, rowIndex: number, columnIndex: number, key: ArrowKey): { row: number; column: number } | null {
  const has = (row: number, column: number) =>
    matrix.cells.has(cellKey(matrix.rows[row]?.id ?? '', matrix.columns[column]?.provision.id ?? ''));
  const scan = (from: number, to: number, step: number, at: (index: number) => boolean) => {
    for (let index = from; step > 0 ? index <= to : index >= to; index += step) if (at(index)) return index;
    return null;
  };
  // Along the row (columns from `from` to `to`) or down the column (rows likewise): the first mapped cell.
  const inRow = (from: number, to: number, step: number) => {
    const column = scan(from, to, step, (index) => has(rowIndex, index));
    return column === null ? null : { row: rowIndex, column };
  };
  const inColumn = (from: number, to: number, step: number) => {
    const row = scan(from, to, step, (index) => has(index, columnIndex));
    return row === null ? null : { row, column: columnIndex };
  };
  const lastColumn = matrix.columns.length - 1;
  const lastRow = matrix.rows.length - 1;
  switch (key) {
    case 'ArrowRight':
      return inRow(columnIndex + 1, lastColumn, 1);
    case 'ArrowLeft':
      return inRow(columnIndex - 1, 0, -1);
    case 'Home':
      return inRow(0, lastColumn, 1);
    case 'End':
      return inRow(lastColumn, 0, -1);
    case 'ArrowDown':
      return inColumn(rowIndex + 1, lastRow, 1);
    case 'ArrowUp':
      return inColumn(rowIndex - 1, 0, -1);
  }
}
