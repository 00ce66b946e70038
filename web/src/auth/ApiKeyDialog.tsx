import { useEffect, useId, useRef, useState } from 'react';
import type { KeyPrompt } from './key-state.js';

/**
 * Asks for an API key, as a modal dialog (the page behind is inert and the focus stays inside).
 * The form never navigates, so the key goes to sessionStorage and the Authorization header only.
 */
export function ApiKeyDialog({ prompt, onSubmit, onDismiss }: { prompt: KeyPrompt; onSubmit(key: string): void; onDismiss(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [key, setKey] = useState('');
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    input.current?.focus();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="api-key-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-about`}
      onCancel={(event) => {
        // Escape: close through state, so the header can offer the dialog again.
        event.preventDefault();
        onDismiss();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(key);
        }}
      >
        <h2 id={`${id}-title`}>An API key is needed</h2>
        <p id={`${id}-about`}>
          This Crosswalk API answers only requests that carry a key. The key is kept for this browser tab only (in its sessionStorage, never
          in the address) and sent with every request; closing the tab forgets it. An administrator creates keys: see “Keys and roles” in
          the README.
        </p>
        {prompt === 'refused' && (
          <p className="api-key-refused" role="alert">
            That key was not accepted. It may be mistyped, expired or revoked.
          </p>
        )}
        <label htmlFor={`${id}-key`}>API key</label>
        <input
          id={`${id}-key`}
          type="password"
          autoComplete="off"
          spellCheck={false}
          required
          ref={input}
          value={key}
          onChange={(event) => setKey(event.target.value)}
        />
        {prompt === 'checking' && (
          <p className="muted" role="status">
            Checking the key…
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Use key
          </button>
          <button type="button" onClick={onDismiss}>
            Not now
          </button>
        </div>
      </form>
    </dialog>
  );
}
