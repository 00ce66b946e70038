import { useId } from 'react';
import type { GapSystemsQuery } from '../gql/graphql.js';
import { GAP_STATUSES, type ViewState } from '../state/view-state.js';
import { RISK_CLASS_LABEL } from '../common/risk-class.js';
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
  // A system or owner named in the URL stays selectable while the lists load (or if they lack it).
  const subjectKnown = state.subject === null || systems.some((system) => system.id === state.subject);
  const ownerKnown = state.owner === null || owners.some((owner) => owner.id === state.owner);
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
      <label className="gap-select">
        <span id={`${id}-owner`}>Owner</span>
        <select
          aria-labelledby={`${id}-owner`}
          value={state.owner ?? ''}
          onChange={(event) => update({ owner: event.target.value || null })}
          aria-busy={systemsLoading}
        >
          <option value="">Any owner</option>
          {!ownerKnown && state.owner && <option value={state.owner}>{state.owner}</option>}
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.name}
            </option>
          ))}
        </select>
      </label>
      <label className="gap-select">
        <span id={`${id}-system`}>AI system</span>
        <select
          aria-labelledby={`${id}-system`}
          value={state.subject ?? ''}
          onChange={(event) => update({ subject: event.target.value || null })}
          aria-busy={systemsLoading}
        >
          <option value="">All AI systems</option>
          {!subjectKnown && state.subject && <option value={state.subject}>{state.subject}</option>}
          {systems.map((system) => (
            <option key={system.id} value={system.id}>
              {system.name}
            </option>
          ))}
        </select>
      </label>
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
