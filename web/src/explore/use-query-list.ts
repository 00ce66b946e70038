import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';

// The canvas needs one `neighborhood` per expanded node, a list that grows and shrinks with the URL:
// hooks cannot loop, so this runs the same document once per key through the urql client.

interface QueryListEntry<Data, Variables> {
  key: string;
  variables: Variables;
  data?: Data;
  error?: CombinedError;
}

export interface QueryList<Data, Variables> {
  /** One entry per request, in the order asked; without data or error while it loads. */
  entries: QueryListEntry<Data, Variables>[];
  fetching: boolean;
  /** Runs the failed requests again, past the cache. */
  retry(): void;
}

interface Answer<Data> {
  data?: Data;
  error?: CombinedError;
}

export function useQueryList<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  requests: readonly { key: string; variables: Variables }[],
): QueryList<Data, Variables> {
  const client = useClient();
  // Answers by key, kept while the page lives: back and forward to a canvas seen before are instant.
  const answers = useRef(new Map<string, Answer<Data>>());
  const inFlight = useRef(new Set<string>());
  const retried = useRef(new Set<string>());
  // What the page renders from: a copy of `answers`, replaced whenever an answer arrives or a retry drops some.
  const [shown, setShown] = useState<ReadonlyMap<string, Answer<Data>>>(() => new Map());
  const [attempt, setAttempt] = useState(0);
  const keys = requests.map((request) => request.key).join('\n');
  // The requests as first asked with these keys: the same array until the keys change.
  const sameKeys = useRef({ keys, requests });
  if (sameKeys.current.keys !== keys) sameKeys.current = { keys, requests };
  const asked = sameKeys.current.requests;

  useEffect(() => {
    for (const request of asked) {
      if (answers.current.has(request.key) || inFlight.current.has(request.key)) continue;
      inFlight.current.add(request.key);
      const requestPolicy = retried.current.has(request.key) ? 'network-only' : 'cache-first';
      void client
        .query(query, request.variables, { requestPolicy })
        .toPromise()
        .then((result) => {
          inFlight.current.delete(request.key);
          answers.current.set(request.key, result.error ? { error: result.error } : { data: result.data });
          setShown(new Map(answers.current));
        });
    }
  }, [client, query, asked, attempt]);

  const retry = useCallback(() => {
    for (const [key, answer] of answers.current) {
      if (!answer.error) continue;
      answers.current.delete(key);
      retried.current.add(key);
    }
    setShown(new Map(answers.current));
    setAttempt((count) => count + 1);
  }, []);

  // The same array until an answer arrives or the keys change, so what is built from it can be memoised.
  const entries = useMemo(
    () => asked.map((request) => ({ key: request.key, variables: request.variables, ...shown.get(request.key) })),
    [asked, shown],
  );
  const fetching = useMemo(() => asked.some((request) => !shown.has(request.key)), [asked, shown]);
  return { entries, fetching, retry };
}
