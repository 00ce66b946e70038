import type { RefObject } from 'react';
import { exportFileName } from '../common/csv.js';
import { LAYOUTS, type LayoutName } from '../state/view-state.js';
import type { CanvasHandle } from './Canvas.js';
import { LAYOUT_LABEL } from './layouts.js';

/** Layout choice, fit, and PNG/SVG export for a canvas. */
export function CanvasToolbar(props: {
  canvas: RefObject<CanvasHandle | null>;
  layout: LayoutName;
  onLayout(layout: LayoutName): void;
  exportName: string;
}) {
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas">
      <label>
        Layout{' '}
        <select value={props.layout} onChange={(event) => props.onLayout(event.target.value as LayoutName)}>
          {LAYOUTS.map((layout) => (
            <option key={layout} value={layout}>
              {LAYOUT_LABEL[layout]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => props.canvas.current?.fit()}>
        Fit
      </button>
      <button type="button" onClick={() => void props.canvas.current?.exportPng(exportFileName(props.exportName, 'png'))}>
        Export PNG
      </button>
      <button type="button" onClick={() => props.canvas.current?.exportSvg(exportFileName(props.exportName, 'svg'))}>
        Export SVG
      </button>
    </div>
  );
}
