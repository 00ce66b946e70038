import type { Core, ElementDefinition, EventObject, EventObjectEdge, EventObjectNode, SingularElementReturnValue } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { cytoscape } from './cytoscape-setup.js';
import { canvasStyle } from './style.js';
import { layoutOptions, needsSpreading, spreadCoincident } from './layouts.js';
import { downloadBlob, downloadText } from '../common/download.js';
import { testHooksOn } from '../common/test-hooks.js';
import type { LayoutName } from '../state/view-state.js';

/** From this many elements, the canvas draws with Cytoscape's WebGL renderer where the browser has hardware WebGL. */
const WEBGL_THRESHOLD = 1000;

export interface CanvasHandle {
  exportPng(filename: string): Promise<void>;
  exportSvg(filename: string): void;
  fit(): void;
}

export interface CanvasProps {
  elements: ElementDefinition[];
  layout: LayoutName;
  /** What the canvas shows, for screen readers ("Neighbourhood of Art. 9"). */
  label: string;
  /** Node ids in layers (impact): layouts place them by their `layer`. */
  layered?: boolean;
  onSelect?(id: string | null, group: 'nodes' | 'edges'): void;
  /** Double-click (or the list's expand button) on a node. */
  onActivate?(id: string): void;
  onHover?(id: string | null): void;
  /** Word for the activate action in the element list ("Expand"). */
  activateLabel?: string;
}

declare global {
  interface Window {
    /** The explorer's live canvas, for the end-to-end tests and the bench; only with the test hooks on. */
    crosswalkCanvas?: Core;
  }
}

let webglSupport: boolean | undefined;
/**
 * True when the browser has hardware WebGL 2. A software rasteriser (SwiftShader, llvmpipe: headless
 * or GPU-less machines) draws WebGL slower than Cytoscape's 2D canvas does (pnpm bench: 10 against 57
 * frames a second panning 1,000 nodes), so it counts as none.
 */
function webglAvailable(): boolean {
  // For comparisons (pnpm bench), with the test hooks on: localStorage "crosswalk.renderer" = "canvas" or "webgl" decides.
  const forced = testHooksOn() ? window.localStorage.getItem('crosswalk.renderer') : null;
  if (forced === 'canvas') return false;
  if (webglSupport === undefined) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      webglSupport = Boolean(gl) && !/swiftshader|llvmpipe|softpipe|software/i.test(renderer);
    } catch {
      webglSupport = false;
    }
  }
  return webglSupport || (forced === 'webgl' && Boolean(document.createElement('canvas').getContext('webgl2')));
}

const nodeIdsOf = (elements: ElementDefinition[]) =>
  elements
    .filter((element) => element.group === 'nodes')
    .map((element) => String(element.data.id))
    .sort()
    .join('\n');

/**
 * A Cytoscape canvas kept in step with `elements`: changes are applied in one batch, a layout runs
 * when the set of nodes or the layout changes, behind a progress note (layouts run on the main thread).
 */
export const Canvas = forwardRef<CanvasHandle, CanvasProps>(function Canvas(props, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const [layingOut, setLayingOut] = useState(false);
  const large = props.elements.length >= WEBGL_THRESHOLD;
  const webgl = large && webglAvailable();
  const lastLayout = useRef<string>('');
  const style = useMemo(() => canvasStyle(large), [large]);
  // What the last layout ran on. A render whose nodes or layout differ has a layout coming: it
  // already reads as running, so nobody (tests, the bench) sees "done" before the layout starts.
  const layoutSignature = useMemo(() => `${props.layout}|${nodeIdsOf(props.elements)}`, [props.layout, props.elements]);
  const layoutPending = layoutSignature !== lastLayout.current && props.elements.some((element) => element.group === 'nodes');

  // One Cytoscape per renderer: switching to WebGL for a large graph needs a new instance.
  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.4,
      // Large graphs: draw a cached texture while panning and zooming, and hide edges meanwhile.
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
    lastLayout.current = '';
    if (testHooksOn()) window.crosswalkCanvas = cy;
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) callbacks.current.onSelect?.(null, 'nodes');
      else {
        // Not the core: the node or edge tapped.
        const element = event.target as SingularElementReturnValue;
        callbacks.current.onSelect?.(element.id(), element.isNode() ? 'nodes' : 'edges');
      }
    });
    cy.on('dbltap', 'node', (event: EventObjectNode) => callbacks.current.onActivate?.(event.target.id()));
    cy.on('mouseover', 'node, edge', (event: EventObjectNode | EventObjectEdge) => callbacks.current.onHover?.(event.target.id()));
    cy.on('mouseout', 'node, edge', () => callbacks.current.onHover?.(null));
    return () => {
      if (window.crosswalkCanvas === cy) delete window.crosswalkCanvas;
      cy.destroy();
      cyRef.current = null;
    };
  }, [style, webgl, large]);

  // Elements: remove, add and update in one batch; lay out again when the nodes or layout change.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Map(props.elements.map((element) => [String(element.data.id), element]));
    cy.batch(() => {
      cy.elements()
        .filter((element) => !wanted.has(element.id()))
        .remove();
      const added: ElementDefinition[] = [];
      for (const [id, element] of wanted) {
        const existing = cy.getElementById(id);
        if (existing.empty()) {
          added.push(element);
          continue;
        }
        // A node's parent cannot change through data(): move it instead.
        const parent = (element.data.parent as string | undefined) ?? null;
        if (existing.isNode() && ((existing.data('parent') as string | undefined) ?? null) !== parent) {
          existing.move({ parent });
        }
        existing.data(element.data);
        existing.classes(element.classes ?? '');
      }
      // Nodes first, parents before children, so edges and compound nodes find their ends.
      cy.add(added.filter((element) => element.group === 'nodes' && !element.data.parent));
      cy.add(added.filter((element) => element.group === 'nodes' && element.data.parent));
      cy.add(added.filter((element) => element.group === 'edges'));
      cy.nodes('.pinned').lock();
      cy.nodes(':unlocked, :locked').not('.pinned').unlock();
    });
    const signature = layoutSignature;
    if (cy.nodes().empty()) {
      lastLayout.current = signature;
      setLayingOut(false);
      return;
    }
    // lastLayout is what a layout last *started* on: a layout scheduled and then cancelled (the
    // elements changed again before it ran) leaves it behind, so the next pass schedules one again.
    if (signature === lastLayout.current) return;
    setLayingOut(true);
    // Let the progress note paint before the layout takes the main thread.
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (cancelled || cy.destroyed()) return;
        lastLayout.current = signature;
        const layout = cy.layout(layoutOptions(props.layout, cy.nodes().length, Boolean(props.layered)));
        const started = performance.now();
        layout.one('layoutstop', () => {
          if (needsSpreading(props.layout, cy.nodes().length)) {
            const positions = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }] as const));
            const moved = spreadCoincident(positions, 40);
            if (moved.size > 0) {
              cy.batch(() => {
                for (const [id, point] of moved) cy.getElementById(id).position(point);
              });
              cy.fit(undefined, 30);
            }
          }
          // How long the last layout held the page, for pnpm bench.
          container.current?.setAttribute('data-layout-ms', String(Math.round(performance.now() - started)));
          // Done unless a newer layout has started since (an animated one can end after a re-render).
          if (lastLayout.current === signature) setLayingOut(false);
        });
        layout.run();
      }, 0);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [props.elements, props.layout, props.layered, webgl, layoutSignature]);

  useImperativeHandle(ref, () => ({
    async exportPng(filename) {
      const cy = cyRef.current;
      if (!cy) return;
      const blob = await cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2 });
      downloadBlob(blob, filename);
    },
    exportSvg(filename) {
      const cy = cyRef.current;
      if (!cy) return;
      downloadText(cy.svg({ full: true, bg: '#ffffff' }), filename, 'image/svg+xml');
    },
    fit() {
      cyRef.current?.fit(undefined, 30);
    },
  }));

  const nodes = props.elements.filter((element) => element.group === 'nodes');
  const edgeCount = props.elements.length - nodes.length;
  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="canvas"
        role="img"
        aria-label={`${props.label}: ${nodes.length} nodes, ${edgeCount} edges`}
        data-testid="canvas"
        data-node-count={nodes.length}
        data-edge-count={edgeCount}
        data-layout-state={layingOut || layoutPending ? 'running' : 'done'}
        data-renderer={webgl ? 'webgl' : 'canvas'}
      />
      {layingOut && (
        <div className="canvas-progress" role="status">
          <span className="spinner" aria-hidden="true" /> Laying out {nodes.length} nodes…
        </div>
      )}
      {nodes.length > 0 && (
        <details className="canvas-list">
          <summary>Nodes on the canvas ({nodes.length})</summary>
          <ul>
            {nodes.slice(0, 300).map((element) => {
              const id = String(element.data.id);
              return (
                <li key={id}>
                  <button type="button" className="link" onClick={() => props.onSelect?.(id, 'nodes')}>
                    {String(element.data.label)}
                  </button>
                  {props.onActivate && (
                    <button
                      type="button"
                      className="small"
                      onClick={() => props.onActivate?.(id)}
                      aria-label={`${props.activateLabel ?? 'Expand'} ${String(element.data.label)}`}
                    >
                      {props.activateLabel ?? 'Expand'}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {nodes.length > 300 && <p>…and {nodes.length - 300} more; use search to find one.</p>}
        </details>
      )}
    </div>
  );
});
