import { useMemo, useState } from 'react';
import { exportFileName, toCsv } from '../common/csv.js';
import { downloadText } from '../common/download.js';
import { Empty, ErrorState, Loading } from '../common/states.js';
import { RELATIONSHIP_LABEL } from '../graph/kinds.js';
import { useViewState } from '../state/use-view-state.js';
import { useLoad } from '../api/use-load.js';
import { loadMatrixData, type MatrixData } from './load.js';
import { MappingPanel } from './MappingPanel.js';
import { buildMatrix, cellKey, cellOfMapping, matrixCsvColumns, RELATIONSHIP_SYMBOL } from './matrix.js';
import { MatrixGrid } from './MatrixGrid.js';

/** Symbols and colours of the cells, with the relationship in words. */
function MatrixLegend() {
  return (
    <details className="legend matrix-legend" open>
      <summary>Legend</summary>
      <p className="hint">
        Each cell reads from the ISO element (column) to the article (row), with the mapping’s strength (1–10) beside the symbol.
      </p>
      <ul>
        {Object.entries(RELATIONSHIP_SYMBOL).map(([relationship, symbol]) => (
          <li key={relationship}>
            <span className={`matrix-swatch rel-${relationship.toLowerCase()}`} aria-hidden="true">
              {symbol}
            </span>
            {RELATIONSHIP_LABEL[relationship]}
          </li>
        ))}
        <li>
          <span className="matrix-swatch" aria-hidden="true">
            <sup>+1</sup>
          </span>
          more than one mapping between the pair
        </li>
      </ul>
    </details>
  );
}

export default function MatrixPage() {
  const [state, update] = useViewState();
  const [load, retry] = useLoad<MatrixData>((client, { signal }) => loadMatrixData(client, signal), 'matrix');
  const data = load.done ? load.data : null;
  const matrix = useMemo(
    () => (data ? buildMatrix(data.act, data.iso, data.mappings, { showAll: state.showAll }) : null),
    [data, state.showAll],
  );
  const byId = useMemo(() => new Map([...(data?.act ?? []), ...(data?.iso ?? [])].map((provision) => [provision.id, provision])), [data]);
  const selected = matrix ? cellOfMapping(matrix, state.focus) : undefined;
  const [focusRequest, setFocusRequest] = useState(0);

  const open = (rowId: string, columnId: string) => {
    update({ focus: matrix?.cells.get(cellKey(rowId, columnId))?.mappings[0]?.id ?? null }, { replace: true });
    setFocusRequest((count) => count + 1);
  };
  // Closing gives the keyboard focus back to the cell it came from.
  const close = () => {
    const cell = document.querySelector<HTMLButtonElement>('button.matrix-cell.selected');
    update({ focus: null }, { replace: true });
    requestAnimationFrame(() => cell?.focus());
  };

  const exportCsv = () => {
    if (!matrix) return;
    downloadText(toCsv(matrixCsvColumns(matrix), matrix.rows), exportFileName('matrix eu ai act iso 42001', 'csv'), 'text/csv');
  };

  return (
    <div className="page matrix-page">
      <h1>Crosswalk matrix</h1>
      <p className="page-intro">
        The EU AI Act’s articles against ISO/IEC 42001’s clauses and Annex A controls. Each cell is a crosswalk mapping, marked by its NIST
        IR 8477 relationship and strength; open one for its rationale, sources and caveats.
      </p>
      <div className="toolbar">
        <label>
          <input
            type="checkbox"
            checked={Boolean(state.showAll)}
            onChange={(event) => update({ showAll: event.target.checked || undefined }, { replace: true })}
          />{' '}
          Show every article and clause, not only mapped ones
        </label>
        <button type="button" onClick={exportCsv} disabled={!matrix || matrix.rows.length === 0}>
          Export CSV
        </button>
      </div>
      <MatrixLegend />
      {!load.done && !load.error && <Loading what="the crosswalk mappings" />}
      {load.error && <ErrorState error={load.error} what="the crosswalk mappings" retry={retry} />}
      {matrix && data && (
        <>
          {state.focus && !selected && (
            <p className="hint" role="status">
              The mapping “{state.focus}” is not in this matrix.
            </p>
          )}
          {matrix.cells.size === 0 ? (
            <Empty>No mappings between the EU AI Act and ISO/IEC 42001 are loaded yet.</Empty>
          ) : (
            <div className={selected ? 'layout-split matrix-layout' : 'matrix-layout'}>
              <MatrixGrid matrix={matrix} selectedKey={selected ? cellKey(selected.row.id, selected.column.id) : null} onOpen={open} />
              {selected && <MappingPanel cell={selected} byId={byId} onClose={close} focusRequest={focusRequest} />}
            </div>
          )}
        </>
      )}
    </div>
  );
}
