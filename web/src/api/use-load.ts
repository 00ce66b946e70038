import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type Client, type CombinedError } from 'urql';

// Running a loader (several queries, every page of a connection) from a component: again when its
// key changes or on retry, cancelled when the component leaves or the key changes first.

export interface LoadContext<T> {
  signal: AbortSignal;
  /** What has arrived so far, shown before the load is done. */
  report(partial: T): void;
  /** True on a retry: read from the network, past the cache. */
  retried: boolean;
}

export interface LoadState<T> {
  /** The latest reported or final value; null until the first arrives. */
  data: T | null;
  done: boolean;
  error: CombinedError | Error | null;
}

const STARTING = { data: null, done: false, error: null };

/** `load` runs once per `key` (e.g. its variables as JSON) and again on `retry`. */
export function useLoad<T>(load: (client: Client, context: LoadContext<T>) => Promise<T>, key: string): [LoadState<T>, () => void] {
  const client = useClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LoadState<T>>(STARTING);
  const latestLoad = useRef(load);
  latestLoad.current = load;

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    setState(STARTING);
    latestLoad
      .current(client, {
        signal,
        retried: attempt > 0,
        report: (partial) => !signal.aborted && setState({ data: partial, done: false, error: null }),
      })
      .then(
        (data) => !signal.aborted && setState({ data, done: true, error: null }),
        (error: unknown) =>
          !signal.aborted &&
          setState((previous) => ({ ...previous, done: false, error: error instanceof Error ? error : new Error(String(error)) })),
      );
    return () => controller.abort();
  }, [client, key, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return [state, retry];
}
