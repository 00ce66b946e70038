import { useMemo, useState, type ReactNode } from 'react';
import { exportFileName, toCsv, type CsvColumn } from './csv.js';

type CsvCell = ReturnType<CsvColumn<unknown>['value']>;
import { downloadText } from './download.js';

export interface Column<Row> extends CsvColumn<Row> {
  /** What the cell shows; the CSV value when absent. */
  render?(row: Row): ReactNode;
  /** Sorts by the CSV value unless false. */
  sortable?: boolean;
}

export interface DataTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** Subject of the CSV file name. */
  exportName: string;
  /** A row's main action (Enter on a focused row, or its button). */
  onActivate?(row: Row): void;
  activateLabel?: string;
  selectedKey?: string | null;
  empty?: ReactNode;
  /** Show at most this many rows (the CSV holds them all). */
  pageSize?: number;
  /** The pointer enters a row (the row) or leaves it (null), e.g. to preview it elsewhere. */
  onHover?(row: Row | null): void;
}

/** An accessible table: caption, sortable column headers, keyboard row actions, CSV export of every row. */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const [sort, setSort] = useState<{ index: number; descending: boolean } | null>(null);
  const [shown, setShown] = useState(props.pageSize ?? 200);
  const rows = useMemo(() => {
    if (!sort) return props.rows;
    const column = props.columns[sort.index]!;
    const sorted = [...props.rows].sort((a, b) => compareCells(column.value(a), column.value(b)));
    return sort.descending ? sorted.reverse() : sorted;
  }, [props.rows, props.columns, sort]);

  const exportCsv = () => downloadText(toCsv(props.columns, rows), exportFileName(props.exportName, 'csv'), 'text/csv');

  return (
    <div className="table-wrap">
      <div className="table-tools">
        <span className="count">{props.rows.length} rows</span>
        <button type="button" onClick={exportCsv} disabled={props.rows.length === 0}>
          Export CSV
        </button>
      </div>
      {props.rows.length === 0 ? (
        <div className="empty" role="status">
          {props.empty ?? 'Nothing to show.'}
        </div>
      ) : (
        <table className="data-table">
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              {props.columns.map((column, index) => (
                <th
                  key={column.header}
                  scope="col"
                  aria-sort={sort?.index === index ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  {column.sortable === false ? (
                    column.header
                  ) : (
                    <button
                      type="button"
                      className="sort"
                      onClick={() =>
                        setSort(sort?.index === index ? { index, descending: !sort.descending } : { index, descending: false })
                      }
                    >
                      {column.header}
                      <span aria-hidden="true">{sort?.index === index ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  )}
                </th>
              ))}
              {props.onActivate && <th scope="col">Action</th>}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row) => {
              const key = props.rowKey(row);
              return (
                <tr
                  key={key}
                  className={props.selectedKey === key ? 'selected' : undefined}
                  aria-selected={props.selectedKey === key}
                  onMouseEnter={props.onHover ? () => props.onHover?.(row) : undefined}
                  onMouseLeave={props.onHover ? () => props.onHover?.(null) : undefined}
                >
                  {props.columns.map((column) => (
                    <td key={column.header}>{column.render ? column.render(row) : String(column.value(row) ?? '')}</td>
                  ))}
                  {props.onActivate && (
                    <td>
                      <button type="button" className="small" onClick={() => props.onActivate?.(row)}>
                        {props.activateLabel ?? 'Open'}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rows.length > shown && (
        <button type="button" onClick={() => setShown(shown + (props.pageSize ?? 200))}>
          Show more ({rows.length - shown} left)
        </button>
      )}
    </div>
  );
}

/** Cells compare by their CSV value: numbers as numbers, the rest as text (with numbers inside in order). */
function compareCells(a: CsvCell, b: CsvCell): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), undefined, { numeric: true });
}
