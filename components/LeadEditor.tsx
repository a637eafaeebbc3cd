import { useEffect, useRef, useState } from 'react';
import { updateLead } from '@/lib/db/edit-lead';
import { t, type MessageKey } from '@/lib/i18n';
import { fieldText, validateField, type EditableField } from '@/lib/leads/validate-field';
import type { Lead } from '@/lib/schema/records';
import { useDb } from './db-context';
import { useWrite } from './use-write';
import { WriteFailure } from './WriteFailure';

const FIELDS: { field: EditableField; multiline?: boolean; type?: string }[] = [
  { field: 'fullName' },
  { field: 'title' },
  { field: 'companyName' },
  { field: 'headline' },
  { field: 'email', type: 'email' },
  { field: 'phone', type: 'tel' },
  { field: 'location' },
  { field: 'linkedinUrl', type: 'url' },
  { field: 'website', type: 'url' },
  { field: 'tags' },
  { field: 'notes', multiline: true },
];

const SAVE_DELAY_MS = 400;

/** One field that saves as the rep types, validated, with the message beside it. */
function AutosaveField({ lead, field, multiline, type }: { lead: Lead; field: EditableField; multiline?: boolean; type?: string }) {
  const db = useDb();
  const stored = fieldText(lead[field]);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [invalid, setInvalid] = useState(false);
  const write = useWrite();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** The typed text last stored: leaving the field with it writes nothing again (another window may have changed the field since). */
  const savedDraft = useRef<string>(undefined);
  const id = `field-${field}`;

  useEffect(() => () => clearTimeout(timer.current), []);

  function commit(value: string, final: boolean) {
    const checked = validateField(field, value);
    setInvalid(!checked.ok);
    if (!checked.ok) return;
    // A write that fails keeps the typed text in the field, with the reason beside it.
    void write.run(() => updateLead(db, lead.id, checked.patch, Date.now())).then((outcome) => {
      // Mid-typing, the stored text may be the typed text cleaned ("Anna " stored as "Anna",
      // "b2b, " as "b2b"): showing it would eat the space or comma the rep goes on from.
      // So the draft stays until the field is left, or until it reads back unchanged.
      if (outcome.ok) savedDraft.current = value;
      const settled = outcome.ok && (final || fieldText(outcome.value[field]) === value);
      if (settled) setDraft((current) => (current === value ? undefined : current));
    });
  }

  function onChange(value: string) {
    setDraft(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(value, false), SAVE_DELAY_MS);
  }

  const value = draft ?? stored;
  const common = {
    id,
    value,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? `${id}-error` : write.failure ? `${id}-failure` : undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onBlur: () => {
      if (draft === undefined) return;
      clearTimeout(timer.current);
      // Already stored as typed (cleaned): nothing to write, the field shows the stored text.
      const checked = validateField(field, draft);
      if (draft === savedDraft.current || (checked.ok && fieldText(checked.patch[field]) === stored)) return setDraft(undefined);
      commit(draft, true);
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t(`field.${field}` as MessageKey)}</label>
      {multiline ? <textarea rows={4} maxLength={20_000} {...common} /> : <input type={type ?? 'text'} maxLength={2048} {...common} />}
      {invalid && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('field.invalid')}
        </p>
      )}
      {!invalid && <WriteFailure id={`${id}-failure`} text={write.failure} />}
    </div>
  );
}

export function LeadEditor({ lead }: { lead: Lead }) {
  return (
    <form className="lead-editor" onSubmit={(e) => e.preventDefault()}>
      {FIELDS.map((f) => (
        <AutosaveField key={`${lead.id}-${f.field}`} lead={lead} {...f} />
      ))}
    </form>
  );
}
