import { useCallback, useEffect, useState } from 'react';
import { CombinedError, useClient } from 'urql';
import type { ClassificationAnswerInput } from '../gql/graphql.js';
import type { Answers, Question } from './answers.js';
import type { Outcome } from './outcome.js';
import { ClassifyQuery } from './queries.js';
import { settleAnswers, type Settled } from './shown-questions.js';

/** Typing a date or ticking boxes in a row asks the server once, after a short pause. */
const DEBOUNCE_MS = 250;

interface OutcomeFailure {
  error: CombinedError;
  /** The answers sent with the request that failed (an error's field indexes them). */
  input: ClassificationAnswerInput[];
}

export interface OutcomeState {
  /** The latest outcome; kept while the next one loads, so the panel does not flicker. */
  settled: Settled<Outcome> | null;
  /** True from an answer's change until its outcome is in. */
  fetching: boolean;
  failure: OutcomeFailure | null;
  retry(): void;
}

/** The running outcome: `classify` for the answers to shown questions, after each change (debounced). */
export function useOutcome(answers: Answers, questions: readonly Question[]): OutcomeState {
  const client = useClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<OutcomeState, 'retry'>>({ settled: null, fetching: true, failure: null });

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, fetching: true }));
    const timer = setTimeout(() => {
      let lastInput: ClassificationAnswerInput[] = [];
      settleAnswers(answers, questions, async (input) => {
        lastInput = input;
        // A retry goes past the cache; otherwise an answer set asked before is answered from it.
        const result = await client
          .query(ClassifyQuery, { answers: input }, { requestPolicy: attempt > 0 ? 'network-only' : 'cache-first' })
          .toPromise();
        if (result.error) throw result.error;
        if (!result.data) throw new CombinedError({ networkError: new Error('The API answered without data.') });
        return result.data.classify;
      }).then(
        (settled) => {
          if (current) setState({ settled, fetching: false, failure: null });
        },
        (error: unknown) => {
          if (!current) return;
          const combined =
            error instanceof CombinedError
              ? error
              : new CombinedError({ networkError: error instanceof Error ? error : new Error(String(error)) });
          setState((previous) => ({ settled: previous.settled, fetching: false, failure: { error: combined, input: lastInput } }));
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [answers, questions, client, attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { ...state, retry };
}
