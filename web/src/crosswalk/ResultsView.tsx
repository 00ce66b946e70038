import { useMemo, useRef, useState, type ReactNode } from 'react';
import { DataTable, type Column } from '../common/DataTable.js';
import { Canvas, type CanvasHandle } from '../graph/Canvas.js';
import { CanvasToolbar } from '../graph/CanvasToolbar.js';
import { toElements } from '../graph/elements.js';
import { Legend } from '../graph/Legend.js';
import { useViewState } from '../state/use-view-state.js';
import { PathExplanation } from './PathExplanation.js';
import { explainedIds, resultKeyOf, resultsGraph, type CrosswalkResult, type PathNode } from './results.js';

export interface ResultsViewProps<Row extends CrosswalkResult> {
  subject: PathNode;
  results: Row[];
  columns: Column<Row>[];
  /** The table's caption and the canvas's accessible name. */
  caption: string;
  exportName: string;
}

/**
 * A crosswalk answer three ways: the canvas (subject, results, direct links apart from derived ones,
 * the focused result's paths), the explaining paths in words, and the table. Pointing at a result
 * previews its paths; clicking it (or its Explain button) focuses it, which the URL keeps.
 */
export function ResultsView<Row extends CrosswalkResult>(props: ResultsViewProps<Row>) {
  const [state, update] = useViewState();
  const [hovered, setHovered] = useState<string | null>(null);
  const canvas = useRef<CanvasHandle>(null);
  const { subject, results } = props;
  const focused = results.find((result) => result.key === state.focus);
  const explained = results.find((result) => result.key === hovered) ?? focused;

  const graph = useMemo(() => resultsGraph(subject, results, focused?.key ?? null), [subject, results, focused?.key]);
  const elements = useMemo(() => {
    const selected = focused ? (focused.control.id === subject.id ? focused.target.id : focused.control.id) : null;
    return toElements(graph, { highlighted: explainedIds(explained), selected });
  }, [graph, explained, focused, subject.id]);
  const kinds = useMemo(() => [...new Set(graph.nodes.map((node) => node.kind))], [graph]);

  const focus = (key: string | null) => update({ focus: key }, { replace: true });

  return (
    <div className="crosswalk-results">
      <div className="crosswalk-canvas">
        <CanvasToolbar
          canvas={canvas}
          layout={state.layout}
          onLayout={(layout) => update({ layout }, { replace: true })}
          exportName={props.exportName}
        />
        <Canvas
          ref={canvas}
          elements={elements}
          layout={state.layout}
          label={props.caption}
          layered
          onSelect={(id) => {
            const key = resultKeyOf(id, subject.id, results);
            // A click on a path's inner node or edge keeps the focus; on the background it clears.
            if (key !== null || id === null) focus(key);
          }}
          onHover={(id) => setHovered(resultKeyOf(id, subject.id, results))}
        />
        <Legend kinds={kinds} />
      </div>
      <div className="crosswalk-side">
        <PathExplanation result={explained} preview={explained !== undefined && explained !== focused} onClear={() => focus(null)} />
        <DataTable
          caption={props.caption}
          columns={props.columns}
          rows={results}
          rowKey={(row) => row.key}
          exportName={props.exportName}
          onActivate={(row) => focus(row.key)}
          activateLabel="Explain"
          selectedKey={state.focus}
          onHover={(row) => setHovered(row?.key ?? null)}
        />
      </div>
    </div>
  );
}

/** The summary line above a result: how many, direct and derived, full and partial. */
export function ResultCounts({ results }: { results: readonly CrosswalkResult[] }): ReactNode {
  const direct = results.filter((result) => result.direct).length;
  const full = results.filter((result) => result.coverage === 'FULL').length;
  return (
    <p className="result-counts">
      {results.length} {results.length === 1 ? 'result' : 'results'}: {direct} direct, {results.length - direct} derived; {full} full,{' '}
      {results.length - full} partial or less.
    </p>
  );
}
