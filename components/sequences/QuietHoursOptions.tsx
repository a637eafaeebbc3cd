import { useLiveQuery } from 'dexie-react-hooks';
import { getQuietHours, saveQuietHours } from '@/lib/db/settings';
import { t } from '@/lib/i18n';
import { useDb } from '../db-context';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** Quiet hours for reminders, saved as they are changed. */
export function QuietHoursOptions() {
  const db = useDb();
  const quiet = useLiveQuery(() => getQuietHours(db), [db]);
  const write = useWrite();
  if (!quiet) return null;
  // The controls show what is stored: a change that could not be stored springs back, with the reason below.
  const save = (patch: Partial<typeof quiet>) => void write.run(() => saveQuietHours(db, { ...quiet, ...patch }, Date.now()));
  return (
    <fieldset className="quiet-hours">
      <legend>{t('quiet.title')}</legend>
      <label>
        <input type="checkbox" checked={quiet.enabled} onChange={(e) => save({ enabled: e.target.checked })} /> {t('quiet.enabled')}
      </label>{' '}
      <select aria-label={t('quiet.start')} value={quiet.startHour} disabled={!quiet.enabled} onChange={(e) => save({ startHour: Number(e.target.value) })}>
        {HOURS.map((h) => (
          <option key={h} value={h}>
            {hourLabel(h)}
          </option>
        ))}
      </select>{' '}
      –{' '}
      <select aria-label={t('quiet.end')} value={quiet.endHour} disabled={!quiet.enabled} onChange={(e) => save({ endHour: Number(e.target.value) })}>
        {HOURS.map((h) => (
          <option key={h} value={h}>
            {hourLabel(h)}
          </option>
        ))}
      </select>
      <p className="muted small">{t('quiet.hint')}</p>
      <WriteFailure text={write.failure} />
    </fieldset>
  );
}
