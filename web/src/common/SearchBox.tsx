import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql/index.js';
import { KIND_LOOK } from '../graph/kinds.js';
import type { Kind } from '../state/view-state.js';
import { kindOfTypename, nodeLabel } from './node-label.js';

const SearchNodes = graphql(`
  query SearchNodes($text: String!, $kinds: [NodeKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
      score
      node {
        ...NodeLabelFields
      }
    }
  }
`);

export interface PickedNode {
  id: string;
  kind: Kind;
  label: string;
}

export interface SearchBoxProps {
  /** The accessible name of the input ("Search", "Pick a control"). */
  label: string;
  placeholder?: string;
  kinds?: Kind[];
  onPick(node: PickedNode): void;
  /** Shows the label on screen too (otherwise for screen readers only). */
  visibleLabel?: boolean;
}

/** Type-ahead over `search`: arrows move through the hits, Enter picks, Escape closes (the WAI-ARIA combobox pattern). */
export function SearchBox(props: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), 180);
    return () => clearTimeout(timer);
  }, [text]);
  const [result] = useQuery({
    query: SearchNodes,
    variables: { text: debounced, kinds: props.kinds ?? null, first: 12 },
    pause: debounced.length === 0,
  });
  const hits: PickedNode[] =
    debounced.length === 0
      ? []
      : (result.data?.search ?? []).map((hit) => ({
          id: hit.node.id,
          kind: kindOfTypename(hit.node.__typename),
          label: nodeLabel(hit.node),
        }));
  const listId = `${id}-list`;
  const expanded = open && debounced.length > 0;

  const pick = (node: PickedNode) => {
    props.onPick(node);
    setOpen(false);
    setText('');
    setDebounced('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        event.preventDefault();
        pick(hit);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="search-box">
      <label htmlFor={id} className={props.visibleLabel ? undefined : 'visually-hidden'}>
        {props.label}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder={props.placeholder ?? 'Search articles, controls, systems…'}
        value={text}
        maxLength={200}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
      />
      {expanded && (
        <ul id={listId} role="listbox" aria-label={`${props.label} results`} className="search-results">
          {result.fetching && hits.length === 0 && <li className="hint">Searching…</li>}
          {result.error && <li className="hint error-text">Search failed: {result.error.message}</li>}
          {!result.fetching && !result.error && hits.length === 0 && <li className="hint">No matches.</li>}
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(hit);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span className="kind-dot" style={{ background: KIND_LOOK[hit.kind].color }} aria-hidden="true" />
              <span className="hit-label">{hit.label}</span>
              <span className="hit-kind">{KIND_LOOK[hit.kind].label}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
