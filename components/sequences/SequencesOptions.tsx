import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { activeCounts, deleteSequence, listSequences, saveSequence } from '@/lib/db/sequences';
import { t } from '@/lib/i18n';
import { draftOf, type SequenceDraft } from '@/lib/sequences/draft';
import type { Sequence } from '@/lib/sequences/schema';
import { useDb } from '../db-context';
import { usePipeline } from '../use-pipeline';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';
import { QuietHoursOptions } from './QuietHoursOptions';
import { SequenceForm } from './SequenceForm';
import './sequences.css';
import { localizeSequence, unlocalizeSequence } from '@/lib/i18n/default-names';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();
const newId = () => crypto.randomUUID();

/** The options page's sequences: list, create, edit, duplicate and delete (asking first when leads are in one). */
export function SequencesOptions() {
  const db = useDb();
  const pipeline = usePipeline();
  const sequences = useLiveQuery(async () => (await listSequences(db)).map(localizeSequence), [db]);
  const counts = useLiveQuery(() => activeCounts(db), [db]);
  const [editing, setEditing] = useState<SequenceDraft>();
  const [deleting, setDeleting] = useState<Sequence>();
  const [note, setNote] = useState<string>();
  const write = useWrite();
  if (!sequences || !counts || !pipeline) return <p className="muted">{t('common.loading')}</p>;

  const blank = (): SequenceDraft => ({
    id: newId(),
    name: '',
    onSql: false,
    onTag: '',
    onStage: '',
    createdAt: clock(),
    steps: [{ id: 'step-1', channel: 'linkedin-invite', delay: '0', businessDays: true, title: '', template: '' }],
  });
  const duplicate = (s: Sequence): SequenceDraft => ({ ...draftOf(s), id: newId(), name: t('seqEdit.copyOf', { name: s.name }).slice(0, 80), createdAt: clock() });

  async function remove(s: Sequence) {
    setNote(undefined);
    const outcome = await write.run(() => deleteSequence(db, s.id, clock()));
    if (!outcome.ok) return;
    setDeleting(undefined);
    setNote(t('seqEdit.deleted', { name: s.name, count: outcome.value.stopped }));
  }

  return (
    <section id="sequences" aria-labelledby="sequences-title">
      <h2 id="sequences-title">{t('seq.title')}</h2>
      <p className="muted">{t('seqEdit.intro')}</p>
      {editing ? (
        <SequenceForm
          key={editing.id}
          initial={editing}
          stages={pipeline.stages}
          onCancel={() => setEditing(undefined)}
          onSave={async (sequence) => {
            // Untouched shipped texts are stored as shipped: they keep following the rep's language.
            await saveSequence(db, unlocalizeSequence(sequence));
            setEditing(undefined);
            setNote(t('seqEdit.saved', { name: sequence.name }));
          }}
        />
      ) : (
        <>
          <ul className="sequence-list" aria-label={t('seqEdit.list')}>
            {sequences.map((s) => (
              <li key={s.id} aria-label={s.name}>
                <strong>{s.name}</strong>{' '}
                <span className="muted small">
                  {t('seqEdit.stepCount', { count: s.steps.length })} · {t('seqEdit.activeCount', { count: counts[s.id] ?? 0 })}
                </span>
                <span className="button-row">
                  <button type="button" aria-label={t('seqEdit.edit', { name: s.name })} onClick={() => setEditing(draftOf(s))}>
                    {t('seqEdit.editShort')}
                  </button>
                  <button type="button" aria-label={t('seqEdit.duplicate', { name: s.name })} onClick={() => setEditing(duplicate(s))}>
                    {t('seqEdit.duplicateShort')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('seqEdit.delete', { name: s.name })}
                    onClick={() => ((counts[s.id] ?? 0) > 0 ? setDeleting(s) : void remove(s))}
                  >
                    {t('seqEdit.deleteShort')}
                  </button>
                </span>
                {deleting?.id === s.id && (
                  <div role="group" aria-label={t('seqEdit.delete', { name: s.name })} className="stage-closing">
                    <p>{t('seqEdit.deleteQuestion', { count: counts[s.id] ?? 0, name: s.name })}</p>
                    <p className="button-row">
                      <button type="button" className="danger" onClick={() => void remove(s)}>
                        {t('seqEdit.deleteConfirm')}
                      </button>
                      <button type="button" onClick={() => setDeleting(undefined)}>
                        {t('seqEdit.cancel')}
                      </button>
                    </p>
                  </div>
                )}
              </li>
            ))}
          </ul>
          <p className="button-row">
            <button type="button" onClick={() => setEditing(blank())}>
              {t('seqEdit.new')}
            </button>
          </p>
        </>
      )}
      {note && (
        <p role="status" className="muted">
          {note}
        </p>
      )}
      <WriteFailure text={write.failure} />
      <QuietHoursOptions />
    </section>
  );
}
