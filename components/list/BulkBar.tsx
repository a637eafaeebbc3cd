import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { enrolLeads, listSequences } from '@/lib/db/sequences';
import { bulkDelete, bulkSetStage, bulkTag, deletedLeadCount, discardUndo, undoDelete, type UndoResult } from '@/lib/db/bulk';
import type { LeadsDatabase } from '@/lib/db/database';
import { StorageError } from '@/lib/db/errors';
import { t, type MessageKey } from '@/lib/i18n';
import type { Stage } from '@/lib/pipeline/schema';
import { StageOptions } from '../pipeline/StageOptions';
import { ConfirmDialog } from '../ConfirmDialog';
import { localizeSequence } from '@/lib/i18n/default-names';

type Notice = { text: string };

function errorText(error: unknown): string {
  return t(`error.${error instanceof StorageError ? error.code : 'unknown'}` as MessageKey);
}

function undoneText({ restored, skipped, moved }: UndoResult): string {
  const parts = [t('table.restored', { count: restored })];
  if (skipped > 0) parts.push(t('bulkDelete.skipped', { count: skipped }));
  if (moved > 0) parts.push(t('bulkDelete.moved', { count: moved }));
  return parts.join(' ');
}

/**
 * Bulk actions on the selected leads: add a tag, move to an open stage, enrol in a
 * sequence, delete (asked first). The last delete's undo is kept in the database,
 * so it is offered again when the panel reopens, until the next delete replaces it.
 */
export function BulkBar({
  db,
  selected,
  stages,
  onDone,
}: {
  db: LeadsDatabase;
  selected: readonly string[];
  stages: readonly Stage[];
  /** After an action; `clear` drops the selection (the leads moved away or are gone). */
  onDone(clear: boolean): void;
}) {
  const movable = stages.filter((s) => s.kind === 'new' || s.kind === 'open');
  const [tag, setTag] = useState('');
  const [stage, setStage] = useState(movable[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const sequences = useLiveQuery(async () => (await listSequences(db)).map(localizeSequence), [db]);
  const [sequence, setSequence] = useState('');
  const sequenceId = sequence || sequences?.[0]?.id || '';
  const [confirming, setConfirming] = useState(false);
  const undoable = useLiveQuery(() => deletedLeadCount(db), [db]) ?? 0;
  // A confirmation left open while the selection emptied (the leads went elsewhere) has nothing left to ask.
  if (confirming && selected.length === 0) setConfirming(false);

  async function run(action: () => Promise<Notice>, clear: boolean) {
    setBusy(true);
    try {
      setNotice(await action());
      onDone(clear);
    } catch (error) {
      setNotice({ text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  const skippedText = (skipped: number) => (skipped > 0 ? ` ${t('table.skipped', { count: skipped })}` : '');
  const count = selected.length;

  return (
    <div className="table-bulk">
      {count > 0 && (
        <div role="group" aria-label={t('table.selected', { count })}>
          <span>{t('table.selected', { count })}</span>{' '}
          <input type="text" aria-label={t('table.bulkTag')} maxLength={40} value={tag} onChange={(e) => setTag(e.target.value)} />
          <button
            type="button"
            disabled={busy || tag.trim() === ''}
            onClick={() =>
              void run(async () => {
                const r = await bulkTag(db, selected, tag, Date.now());
                setTag('');
                return { text: t('table.tagged', { count: r.changed }) + skippedText(r.skipped) };
              }, false)
            }
          >
            {t('table.addTag')}
          </button>{' '}
          <select aria-label={t('table.bulkStage')} value={stage} onChange={(e) => setStage(e.target.value)}>
            <StageOptions stages={movable} />
          </select>
          <button
            type="button"
            disabled={busy || stage === ''}
            onClick={() =>
              void run(async () => {
                const r = await bulkSetStage(db, selected, stage, Date.now());
                return { text: t('table.moved', { count: r.changed }) + skippedText(r.skipped) };
              }, true)
            }
          >
            {t('table.move')}
          </button>{' '}
          {sequences && sequences.length > 0 && (
            <>
              <select aria-label={t('seq.enrolIn')} value={sequenceId} onChange={(e) => setSequence(e.target.value)}>
                {sequences.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                disabled={busy || !sequenceId}
                onClick={() =>
                  void run(async () => {
                    const r = await enrolLeads(db, selected, sequenceId, 'bulk', Date.now());
                    return { text: t('seq.bulkEnrolled', { count: r.enrolled }) + (r.skipped > 0 ? ` ${t('seq.bulkSkipped', { count: r.skipped })}` : '') };
                  }, false)
                }
              >
                {t('seq.bulkEnrol')}
              </button>{' '}
            </>
          )}
          <button type="button" className="danger" disabled={busy || confirming} onClick={() => setConfirming(true)}>
            {t('table.delete')}
          </button>{' '}
          <button type="button" onClick={() => onDone(true)}>
            {t('table.clearSelection')}
          </button>
          {confirming && (
            <ConfirmDialog
              title={t('bulkDelete.confirmTitle', { count })}
              body={t('bulkDelete.confirmBody')}
              confirmLabel={t('bulkDelete.confirm', { count })}
              cancelLabel={t('bulkDelete.cancel')}
              onCancel={() => setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                void run(async () => {
                  await bulkDelete(db, selected, Date.now());
                  return { text: '' };
                }, true);
              }}
            />
          )}
        </div>
      )}
      {undoable > 0 && (
        <p className="table-undo" aria-live="polite">
          {t('table.deleted', { count: undoable })}{' '}
          <button type="button" disabled={busy} onClick={() => void run(async () => ({ text: undoneText(await undoDelete(db, Date.now())) }), false)}>
            {t('bulkDelete.undo')}
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => void run(async () => (await discardUndo(db), { text: t('bulkDelete.discarded') }), false)}>
            {t('bulkDelete.discard')}
          </button>
        </p>
      )}
      <p role="status" className="muted">
        {notice?.text}
      </p>
    </div>
  );
}
