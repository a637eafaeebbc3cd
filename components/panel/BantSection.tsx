import { useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { BANT_KEYS, type Bant } from '@/lib/pipeline/schema';
import type { Lead } from '@/lib/schema/records';
import { WriteFailure } from '../WriteFailure';
import { usePipelineSave } from './use-pipeline-save';

/** Budget / authority / need / timeline, each a tick and a short note, saved as the rep works. */
export function BantSection({ lead }: { lead: Lead }) {
  const { save, failure } = usePipelineSave(lead);
  const [notes, setNotes] = useState<Partial<Record<keyof Bant, string>>>({});
  const set = (key: keyof Bant, item: Bant[keyof Bant]) => save({ bant: { [key]: item } }, t(`bant.${key}` as MessageKey));
  // A note that could not be stored stays typed in its field, beside the reason.
  const keepNoteUnlessSaved = (key: keyof Bant, saved: boolean) => saved && setNotes((current) => ({ ...current, [key]: undefined }));
  return (
    <fieldset className="bant">
      <legend className="section-title">{t('bant.title')}</legend>
      {BANT_KEYS.map((key) => {
        const item = lead.bant[key];
        const label = t(`bant.${key}` as MessageKey);
        return (
          <div key={key} className="bant-row">
            <label>
              <input type="checkbox" checked={item.checked} onChange={(e) => void set(key, { ...item, checked: e.target.checked })} /> {label}
            </label>
            <input
              type="text"
              aria-label={t('bant.note', { item: label })}
              maxLength={200}
              value={notes[key] ?? item.note ?? ''}
              onChange={(e) => setNotes({ ...notes, [key]: e.target.value })}
              onBlur={(e) => {
                if (e.target.value === (item.note ?? '')) return keepNoteUnlessSaved(key, true);
                void set(key, { ...item, note: e.target.value }).then((saved) => keepNoteUnlessSaved(key, saved));
              }}
            />
          </div>
        );
      })}
      <WriteFailure text={failure} />
    </fieldset>
  );
}
