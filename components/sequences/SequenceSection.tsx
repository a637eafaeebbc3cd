import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { enrolLeads, inUse } from '@/lib/db/sequences';
import { formatDateTime, t, type MessageKey } from '@/lib/i18n';
import type { Lead } from '@/lib/schema/records';
import { useDb } from '../db-context';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';
import { StepCard } from './StepCard';
import { localizeSequence } from '@/lib/i18n/default-names';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();

/** The lead's sequences: the step due in each active one, enrolment by hand, and how past ones ended. */
export function SequenceSection({ lead }: { lead: Lead }) {
  const db = useDb();
  // All of them, deleted ones too: an ended enrolment still names its sequence.
  const all = useLiveQuery(async () => (await db.sequences.toArray()).map(localizeSequence), [db]);
  const enrolments = useLiveQuery(() => db.enrolments.where('leadId').equals(lead.id).toArray(), [db, lead.id]);
  const [chosen, setChosen] = useState('');
  const [note, setNote] = useState<string>();
  const write = useWrite();
  if (!enrolments || !all) return null;
  const byId = new Map(all.map((s) => [s.id, s]));
  const sequences = inUse(all);
  const active = enrolments.filter((e) => e.status === 'active');
  const ended = enrolments.filter((e) => e.status === 'ended').sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0));
  const offered = sequences.filter((s) => !active.some((e) => e.sequenceId === s.id));
  const pick = chosen && offered.some((s) => s.id === chosen) ? chosen : (offered[0]?.id ?? '');

  async function enrolHere() {
    if (!pick) return;
    setNote(undefined);
    const outcome = await write.run(() => enrolLeads(db, [lead.id], pick, 'manual', clock()));
    if (outcome.ok) setNote(t(outcome.value.enrolled ? 'seq.enrolled' : 'seq.alreadyEnrolled'));
  }

  return (
    <section className="sequence-section" aria-label={t('seq.title')}>
      <h3 className="section-title">{t('seq.title')}</h3>
      {active.length === 0 && <p className="muted small">{t('seq.none')}</p>}
      {active.map((e) => {
        const sequence = byId.get(e.sequenceId);
        return sequence ? <StepCard key={e.id} enrolment={e} sequence={sequence} lead={lead} /> : null;
      })}
      {offered.length > 0 && (
        <p className="button-row">
          <select aria-label={t('seq.enrolIn')} value={pick} onChange={(e) => setChosen(e.target.value)}>
            {offered.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void enrolHere()}>
            {t('seq.enrol')}
          </button>
        </p>
      )}
      {note && (
        <p className="small" role="status">
          {note}
        </p>
      )}
      <WriteFailure text={write.failure} />
      {ended.length > 0 && (
        <ul className="small muted">
          {ended.slice(0, 10).map((e) => (
            <li key={e.id}>
              {t('seq.ended', {
                sequence: byId.get(e.sequenceId)?.name ?? e.sequenceId,
                reason: t(`seq.reason.${e.stopReason ?? 'manual'}` as MessageKey),
                date: formatDateTime(e.endedAt ?? e.enrolledAt),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
