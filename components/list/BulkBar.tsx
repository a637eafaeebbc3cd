import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { enrolLeads, listSequences } from '@/lib/db/sequences';
import { bulkDelete, bulkSetStage, bulkTag, undoDelete, type DeleteUndoToken } from '@/lib/db/bulk';
import type { LeadsDatabase } from '@/lib/db/database';
import { StorageError } from '@/lib/db/errors';
import { t, type MessageKey } from '@/lib/i18n';
import type { Stage } from '@/lib/pipeline/schema';
import { StageOptions } from '../pipeline/StageOptions';

/** How long "N leads deleted — Undo" stays offered. */
export const UNDO_MS = 10_000;

type Notice = { text: string; undo?: DeleteUndoToken };

function errorText(error: unknown): string {
  return t(`error.${error instanceof StorageError ? error.code : 'unknown'}` as MessageKey);
}

/** Bulk actions on the selected leads: add a tag, move to an open stage, enrol in a sequence, delete (with undo). */
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
  const sequences = useLiveQuery(() => listSequences(db), [db]);
  const [sequence, setSequence] = useState('');
  const sequenceId = sequence || sequences?.[0]?.id || '';

  useEffect(() => {
    if (!notice?.undo) return;
    const timer = setTimeout(() => setNotice(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [notice]);

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
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const token = await bulkDelete(db, selected, Date.now());
                return { text: t('table.deleted', { count: token.leads.length }), undo: token };
              }, true)
            }
          >
            {t('table.delete')}
          </button>{' '}
          <button type="button" onClick={() => onDone(true)}>
            {t('table.clearSelection')}
          </button>
        </div>
      )}
      <p role="status" className="muted">
        {notice?.text}
        {notice?.undo && (
          <>
            {' '}
            <button
              type="button"
              onClick={() => {
                const token = notice.undo;
                if (!token) return;
                setNotice(undefined);
                void run(async () => ({ text: t('table.restored', { count: await undoDelete(db, token, Date.now()) }) }), false);
              }}
            >
              {t('table.undo')}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
