import { useState } from 'react';
import { captureFromDraft, DRAFT_FIELDS, draftFromPage, type Draft, type DraftField } from '@/lib/capture/draft';
import { t, type MessageKey } from '@/lib/i18n';
import type { Capture } from '@/lib/capture/schema';
import type { PageReadResult } from '@/lib/messaging/protocol';

const INPUT_TYPES: Partial<Record<DraftField, string>> = { email: 'email', phone: 'tel', linkedinUrl: 'url', website: 'url' };

/** The short form the rep confirms before a page becomes a lead. */
export function CaptureForm({ page, onSave, busy }: { page: PageReadResult; onSave(capture: Capture): void; busy: boolean }) {
  const [draft, setDraft] = useState<Draft>(() => draftFromPage(page));
  const [invalid, setInvalid] = useState<DraftField[]>([]);
  const [needsIdentity, setNeedsIdentity] = useState(false);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const checked = captureFromDraft(draft, page, Date.now());
    if (!checked.ok) {
      setInvalid(checked.invalid);
      setNeedsIdentity(checked.needsIdentity);
      return;
    }
    onSave(checked.capture);
  }

  return (
    <form className="capture-form" onSubmit={submit} noValidate>
      <p className="muted small">
        {page.sources.length
          ? t('popup.foundOnPage', { sources: [...new Set(page.sources.map((s) => t(`found.${s}` as MessageKey)))].join(', ') })
          : t('popup.nothingFound')}
      </p>
      {DRAFT_FIELDS.map((field) => {
        const id = `draft-${field}`;
        const bad = invalid.includes(field);
        return (
          <div className="field" key={field}>
            <label htmlFor={id}>{t(`field.${field}` as MessageKey)}</label>
            <input
              id={id}
              type={INPUT_TYPES[field] ?? 'text'}
              value={draft[field]}
              maxLength={2048}
              aria-invalid={bad || undefined}
              onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
            />
            {bad && (
              <p className="field-error" role="alert">
                {t('field.invalid')}
              </p>
            )}
          </div>
        );
      })}
      {needsIdentity && (
        <p className="field-error" role="alert">
          {t('popup.needsIdentity')}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('capture.saving') : t('popup.confirm')}
      </button>
    </form>
  );
}
