import { useEffect, useId, useRef, type KeyboardEvent } from 'react';

/**
 * A confirmation that must be answered before anything happens: an alert dialog
 * (announced with its title and text), focus on the safe choice, Escape cancels,
 * Tab stays on its two buttons, and focus goes back where it was when it closes.
 * Drawn in place rather than as a native <dialog>, which jsdom cannot open.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const titleId = useId();
  const bodyId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    cancel.current?.focus();
    return () => opener?.focus();
  }, []);

  function keyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      (document.activeElement === cancel.current ? confirm : cancel).current?.focus();
    }
  }

  return (
    <div role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={bodyId} className="confirm-dialog" onKeyDown={keyDown}>
      <h3 id={titleId}>{title}</h3>
      <p id={bodyId}>{body}</p>
      <p className="button-row">
        <button type="button" ref={confirm} className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>{' '}
        <button type="button" ref={cancel} onClick={onCancel}>
          {cancelLabel}
        </button>
      </p>
    </div>
  );
}
