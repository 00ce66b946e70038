import { useCallback, useSyncExternalStore } from 'react';
import { parseViewState, viewHref, type ViewState } from './view-state.js';

// The browser's location is the store: pushState for a new view, replaceState for small changes
// (a filter, a layout), popstate for back and forward.

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
window.addEventListener('popstate', notify);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let cachedSearch: string | null = null;
let cachedState: ViewState | null = null;

function snapshot(): ViewState {
  if (cachedSearch !== window.location.search || !cachedState) {
    cachedSearch = window.location.search;
    cachedState = parseViewState(cachedSearch);
  }
  return cachedState;
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (filters, layout, toggles). */
  replace?: boolean;
}

/** Goes to a view state: one history entry, unless `replace`. */
export function navigate(state: ViewState, options: NavigateOptions = {}) {
  const href = viewHref(state);
  if (`${window.location.pathname}${window.location.search}` === href) return;
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  notify();
}

/** The current view state, and a function that changes part of it. */
export function useViewState(): [ViewState, (patch: Partial<ViewState>, options?: NavigateOptions) => void] {
  const state = useSyncExternalStore(subscribe, snapshot);
  const update = useCallback((patch: Partial<ViewState>, options?: NavigateOptions) => {
    navigate({ ...snapshot(), ...patch }, options);
  }, []);
  return [state, update];
}
