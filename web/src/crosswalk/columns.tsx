import type { Column } from '../common/DataTable.js';
import { frameworkOf, humanize, RELATIONSHIP_LABEL } from '../graph/kinds.js';
import { evidenceText, type ControlRow, type SatisfactionRow } from './from-api.js';
import type { CrosswalkResult } from './results.js';

// The crosswalk tables' columns: each value is what the CSV holds, each render what the page shows
// (badges carry their text, so no status is told by colour alone).

const COVERAGE_TEXT: Record<string, string> = { FULL: 'Full', PARTIAL: 'Partial', NONE: 'None' };

export const relationshipText = (relationship: string) => RELATIONSHIP_LABEL[relationship] ?? humanize(relationship);

const SHORT_FRAMEWORK: Record<string, string> = { 'eu-ai-act': 'AI Act', iso42001: 'ISO 42001' };

/** "AI Act provision", "ISO 42001 provision", "Obligation", … */
export function kindText(node: { id: string; kind: string }): string {
  const framework = frameworkOf(node.id, node.kind);
  if (node.kind === 'PROVISION' && framework) return `${SHORT_FRAMEWORK[framework]} provision`;
  return humanize(node.kind);
}

/** A label column with a note under the label when there is one; the CSV holds the label alone. */
function noteColumn<Row>(header: string, label: (row: Row) => string, note: (row: Row) => string | null): Column<Row> {
  return {
    header,
    value: label,
    render: (row) => {
      const text = note(row);
      return (
        <>
          {label(row)}
          {text && <span className="cell-note">{text}</span>}
        </>
      );
    },
  };
}

function resultColumns<Row extends CrosswalkResult>(): Column<Row>[] {
  return [
    { header: 'Relationship', value: (row) => relationshipText(row.relationship) },
    { header: 'Strength', value: (row) => row.strength },
    {
      header: 'Coverage',
      value: (row) => COVERAGE_TEXT[row.coverage] ?? humanize(row.coverage),
      render: (row) => (
        <span className={`badge ${row.coverage.toLowerCase()}`}>{COVERAGE_TEXT[row.coverage] ?? humanize(row.coverage)}</span>
      ),
    },
    {
      header: 'Link',
      value: (row) => (row.direct ? 'Direct' : 'Derived'),
      render: (row) => <span className={row.direct ? 'link-direct' : 'link-derived'}>{row.direct ? 'Direct' : 'Derived'}</span>,
    },
    { header: 'Hops', value: (row) => row.hops },
  ];
}

/** What a control satisfies: one row per provision or obligation. */
export function satisfactionColumns(): Column<SatisfactionRow>[] {
  return [
    noteColumn<SatisfactionRow>(
      'Target',
      (row) => row.target.label,
      (row) => row.summary,
    ),
    { header: 'Kind', value: (row) => kindText(row.target) },
    ...resultColumns<SatisfactionRow>(),
  ];
}

const FRESHNESS_TEXT: Record<string, string> = { CURRENT: 'Current', EXPIRING: 'Expiring', EXPIRED: 'Expired' };

/** Which controls satisfy a provision or obligation, with their evidence freshness. */
export function controlColumns(): Column<ControlRow>[] {
  return [
    noteColumn<ControlRow>(
      'Control',
      (row) => row.control.label,
      (row) => row.implementationStatus && humanize(row.implementationStatus),
    ),
    ...resultColumns<ControlRow>(),
    {
      header: 'Evidence',
      value: (row) => evidenceText(row.evidence),
      sortable: false,
      render: (row) =>
        row.evidence.total === 0 ? (
          <span className="badge none">No evidence</span>
        ) : (
          <span className="evidence-badges">
            <span className="badge current">{row.evidence.current} current</span>{' '}
            <span className="badge expiring">{row.evidence.expiring} expiring</span>{' '}
            <span className="badge expired">{row.evidence.expired} expired</span>
            <span className="visually-hidden"> ({row.evidence.total} items)</span>
          </span>
        ),
    },
    {
      header: 'Freshest evidence',
      value: (row) => (row.evidence.best ? FRESHNESS_TEXT[row.evidence.best] : 'None'),
      render: (row) => (
        <span className={`badge ${row.evidence.best ? row.evidence.best.toLowerCase() : 'none'}`}>
          {row.evidence.best ? FRESHNESS_TEXT[row.evidence.best] : 'None'}
        </span>
      ),
    },
  ];
}
