import type { ReactNode } from 'react';

export type FieldA11y = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/**
 * A labelled input with its hint and its validation message beside it. The
 * input itself comes from `children`, which receives the id and ARIA
 * attributes that tie it to the label, hint and message.
 */
export function Field({ id, label, error, hint, className, children }: { id: string; label: string; error: string | undefined; hint?: string | undefined; className?: string; children: (a11y: FieldA11y) => ReactNode }) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {hint && (
        <p id={hintId} className="muted small hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
