import { useId } from 'react';
import { RISK_CLASS_LABEL } from '../common/risk-class.js';
import type { GapSystemsQuery } from '../gql/graphql.js';
import { GAP_STATUSES, type ViewState } from '../state/view-state.js';
import { STATUS_LABEL, SYSTEM_RISK_CLASSES, toggled } from './gap-filters.js';

type SystemOption = GapSystemsQuery['aiSystems']['nodes'][number];

export interface GapFiltersProps {
  state: ViewState;
  update(patch: Partial<ViewState>): void;
  systems: readonly SystemOption[];
  systemsLoading: boolean;
  /** The day shown in the date input (the URL's, or today). */
  asOf: string;
}

/** Owners of at least one AI system, by name. */
function systemOwners(systems: readonly SystemOption[]): { id: string; name: string }[] {
  const owners = new Map<string, string>();
  for (const system of systems) if (system.owner) owners.set(system.owner.id, system.owner.name);
  return [...owners.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Status, risk class, owner, system and day: every choice lands in the URL (replacing the entry). */
export function GapFilters({ state, update, systems, systemsLoading, asOf }: GapFiltersProps) {
  const id = useId();
  const owners = systemOwners(systems);
  const anyFilter =
    state.statuses.length + state.riskClasses.length > 0 || state.owner !== null || state.subject !== null || state.asOf !== null;
  return (
    <form className="filters gap-filters" aria-label="Gap filters" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Status</legend>
        {GAP_STATUSES.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={state.statuses.includes(status)}
              onChange={(event) => update({ statuses: toggled(GAP_STATUSES, state.statuses, status, event.target.checked) })}
            />{' '}
            <span className={`status-dot ${status.toLowerCase()}`} aria-hidden="true" />
            {STATUS_LABEL[status]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Risk class of the system</legend>
        {SYSTEM_RISK_CLASSES.map((riskClass) => (
          <label key={riskClass}>
            <input
              type="checkbox"
              checked={state.riskClasses.includes(riskClass)}
              onChange={(event) =>
                update({ riskClasses: toggled(SYSTEM_RISK_CLASSES, state.riskClasses, riskClass, event.target.checked) })
              }
            />{' '}
            {RISK_CLASS_LABEL[riskClass]}
          </label>
        ))}
      </fieldset>
      <ListSelect
        id={`${id}-owner`}
        label="Owner"
        anyLabel="Any owner"
        value={state.owner}
        options={owners}
        loading={systemsLoading}
        onChange={(owner) => update({ owner })}
      />
      <ListSelect
        id={`${id}-system`}
        label="AI system"
        anyLabel="All AI systems"
        value={state.subject}
        options={systems}
        loading={systemsLoading}
        onChange={(subject) => update({ subject })}
      />
      <label className="gap-select">
        <span id={`${id}-as-of`}>As of</span>
        <input
          type="date"
          aria-labelledby={`${id}-as-of`}
          value={asOf}
          required
          onChange={(event) => update({ asOf: event.target.value || null })}
        />
      </label>
      <button type="button" onClick={() => update({ asOf: null })} disabled={state.asOf === null}>
        Today
      </button>
      <button
        type="button"
        onClick={() => update({ statuses: [], riskClasses: [], owner: null, subject: null, asOf: null })}
        disabled={!anyFilter}
      >
        Clear filters
      </button>
    </form>
  );
}

interface ListSelectProps {
  id: string;
  label: string;
  /** The choice that filters nothing. */
  anyLabel: string;
  value: string | null;
  options: readonly { id: string; name: string }[];
  loading: boolean;
  onChange(value: string | null): void;
}

/** A pick from a list; the URL's value stays selectable while the list loads (or if it lacks it). */
function ListSelect({ id, label, anyLabel, value, options, loading, onChange }: ListSelectProps) {
  const known = value === null || options.some((option) => option.id === value);
  return (
    <label className="gap-select">
      <span id={id}>{label}</span>
      <select aria-labelledby={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)} aria-busy={loading}>
        <option value="">{anyLabel}</option>
        {!known && value && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}
