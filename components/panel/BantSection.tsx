import { useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { BANT_KEYS, type Bant } from '@/lib/pipeline/schema';
import type { Lead } from '@/lib/schema/records';
import { usePipelineSave } from './use-pipeline-save';

/** Budget / authority / need / timeline, each a tick and a short note, saved as the rep works. */
export function BantSection({ lead }: { lead: Lead }) {
  const { save } = usePipelineSave(lead);
  const [notes, setNotes] = useState<Partial<Record<keyof Bant, string>>>({});
  const set = (key: keyof Bant, item: Bant[keyof Bant]) => void save({ bant: { ...lead.bant, [key]: item } }, t(`bant.${key}` as MessageKey));
  return (
    <fieldset className="bant">
      <legend className="section-title">{t('bant.title')}</legend>
      {BANT_KEYS.map((key) => {
        const item = lead.bant[key];
        const label = t(`bant.${key}` as MessageKey);
        return (
          <div key={key} className="bant-row">
            <label>
              <input type="checkbox" checked={item.checked} onChange={(e) => set(key, { ...item, checked: e.target.checked })} /> {label}
            </label>
            <input
              type="text"
              aria-label={t('bant.note', { item: label })}
              maxLength={200}
              value={notes[key] ?? item.note ?? ''}
              onChange={(e) => setNotes({ ...notes, [key]: e.target.value })}
              onBlur={(e) => {
                if (e.target.value !== (item.note ?? '')) set(key, { ...item, note: e.target.value });
                setNotes({ ...notes, [key]: undefined });
              }}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
