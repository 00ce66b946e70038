import { useRef, type KeyboardEvent } from 'react';
import { cellKey, cellName, nextCell, RELATIONSHIP_SYMBOL, type ArrowKey, type Matrix } from './matrix.js';

const MOVES = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * The matrix as a table: articles as row headers, ISO elements as column headers under their clause
 * or topic. A cell with a mapping is a button (its name says the pair, relationship and strength);
 * arrow keys move between such cells, Tab goes through them in reading order.
 */
export function MatrixGrid({
  matrix,
  selectedKey,
  onOpen,
}: {
  matrix: Matrix;
  selectedKey: string | null;
  onOpen(rowId: string, columnId: string): void;
}) {
  const table = useRef<HTMLTableElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, row: number, column: number) => {
    if (!MOVES.has(event.key)) return;
    const next = nextCell(matrix, row, column, event.key as ArrowKey);
    event.preventDefault();
    if (next) table.current?.querySelector<HTMLButtonElement>(`button[data-row="${next.row}"][data-column="${next.column}"]`)?.focus();
  };

  return (
    <div className="matrix-scroll">
      <table ref={table} className="matrix">
        <caption>
          EU AI Act provisions (rows) × ISO/IEC 42001 clauses and Annex A controls (columns): {matrix.cells.size} linked pairs,{' '}
          {matrix.mappingCount} mappings
        </caption>
        <thead>
          <tr>
            <td className="matrix-corner" />
            {matrix.groups.map((group) => (
              <th key={group.id} scope="colgroup" colSpan={group.columns} className="matrix-group" title={group.label}>
                {group.label}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col" className="matrix-corner">
              Article
            </th>
            {matrix.columns.map((column) => (
              <th
                key={column.provision.id}
                scope="col"
                className="matrix-column"
                title={`${column.provision.ref} ${column.provision.title}`}
              >
                <span>{column.provision.ref}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, rowIndex) => (
            <tr key={row.id}>
              <th scope="row" className="matrix-row" title={`${row.ref} ${row.title}`}>
                {row.ref} <span className="matrix-row-title">{row.title}</span>
              </th>
              {matrix.columns.map((column, columnIndex) => {
                const key = cellKey(row.id, column.provision.id);
                const cell = matrix.cells.get(key);
                if (!cell) return <td key={column.provision.id} className="matrix-empty" />;
                return (
                  <td key={column.provision.id}>
                    <button
                      type="button"
                      className={`matrix-cell rel-${cell.relationship.toLowerCase()}${selectedKey === key ? ' selected' : ''}`}
                      aria-label={cellName(cell)}
                      aria-pressed={selectedKey === key}
                      title={cellName(cell)}
                      data-row={rowIndex}
                      data-column={columnIndex}
                      data-mappings={cell.mappings.length}
                      onClick={() => onOpen(row.id, column.provision.id)}
                      onKeyDown={(event) => onKeyDown(event, rowIndex, columnIndex)}
                    >
                      <span aria-hidden="true">
                        {RELATIONSHIP_SYMBOL[cell.relationship] ?? '?'}
                        <small>{cell.strength}</small>
                        {cell.mappings.length > 1 && <sup>+{cell.mappings.length - 1}</sup>}
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
