import type { StylesheetJson } from 'cytoscape';
import { ISO_PROVISION_COLOR, KIND_LOOK, RELATIONSHIP_LINE } from './kinds.js';
import type { Kind } from '../state/view-state.js';

/**
 * The canvas stylesheet: a shape and colour per kind, mapping edges styled by relationship and
 * strength. Large graphs draw no edge labels: thousands of rotated labels are unreadable at the zoom
 * that shows them all, and measuring them holds up every layout and frame.
 */
export function canvasStyle(large = false): StylesheetJson {
  const kinds = Object.entries(KIND_LOOK) as [Kind, (typeof KIND_LOOK)[Kind]][];
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 10,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        color: '#1f2937',
        'min-zoomed-font-size': 7,
        width: 26,
        height: 26,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...kinds.map(([kind, look]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': look.color, shape: look.shape as never },
    })),
    { selector: 'node[kind = "PROVISION"][framework = "iso42001"]', style: { 'background-color': ISO_PROVISION_COLOR } },
    {
      // Compound nodes: a chapter or topic drawn around its provisions.
      selector: ':parent',
      style: {
        'background-opacity': 0.08,
        'text-valign': 'top',
        'text-margin-y': -4,
        'border-width': 1,
        'border-color': '#94a3b8',
        shape: 'round-rectangle',
        padding: '12px',
      },
    },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#111827', 'border-style': 'double' } },
    { selector: 'node:selected, node.selected-item', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#94a3b8',
        'target-arrow-color': '#94a3b8',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: large ? '' : 'data(label)',
        'font-size': 8,
        color: '#475569',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 9,
      },
    },
    {
      // Mappings: line style by relationship (legend), width by strength 1–10.
      selector: 'edge.mapped',
      style: { width: 'mapData(strength, 1, 10, 1, 7)' },
    },
    ...Object.entries(RELATIONSHIP_LINE).map(([relationship, line]) => ({
      selector: `edge.rel-${relationship.toLowerCase()}`,
      style:
        line.dash.length === 0
          ? { 'line-style': 'solid', 'line-color': line.color, 'target-arrow-color': line.color }
          : { 'line-style': 'dashed', 'line-dash-pattern': line.dash, 'line-color': line.color, 'target-arrow-color': line.color },
    })),
    { selector: 'edge.rel-equal', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge.rel-intersects_with', style: { 'target-arrow-shape': 'none' } },
    // Derived edges keep their relationship's pattern; bold labels and a lighter line mark them.
    { selector: 'edge.derived', style: { opacity: 0.85, 'font-weight': 'bold' } },
    {
      selector: 'edge.derived.rel-equal, edge.derived.rel-superset_of',
      style: { 'line-color': '#15803d', 'target-arrow-color': '#15803d' },
    },
    { selector: '.highlighted', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.25, 'overlay-padding': 4, 'z-index': 10 } },
    { selector: 'edge:selected', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b' } },
    { selector: '.faded', style: { opacity: 0.25 } },
  ] as StylesheetJson;
}
