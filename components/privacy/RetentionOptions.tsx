import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { applyRetention, leadsDueForReview, type RetentionAction, type Review } from '@/lib/db/retention';
import { getPipeline, getRetention, saveRetention } from '@/lib/db/settings';
import { formatDateTime, t } from '@/lib/i18n';
import { RetentionSchema, type Retention } from '@/lib/privacy/retention';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import { stageLabel } from '../panel/StageSection';
import { sendToBackground } from '@/lib/messaging/transport';
import { useDb } from '../db-context';
import { useDeletableInCrm } from './use-crm-contact';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';
import { localizePipeline } from '@/lib/i18n/default-names';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();

type Status = { ok: boolean; text: string };

/** The retention setting, and the review it offers: leads untouched for N months, erased or deleted on confirmation. */
export function RetentionOptions() {
  const db = useDb();
  const data = useLiveQuery(async () => ({ retention: await getRetention(db), pipeline: localizePipeline(await getPipeline(db)) }), [db]);
  // Kept here: the form below starts afresh when the stored setting changes (as saving it does).
  const [saved, setSaved] = useState(false);
  if (!data) return null;
  const { retention, pipeline } = data;
  return (
    <section aria-labelledby="retention-title">
      <h3 id="retention-title">{t('retention.title')}</h3>
      <p className="muted small">{t('retention.intro')}</p>
      <RetentionForm key={JSON.stringify(retention)} retention={retention} setSaved={setSaved} />
      {saved && (
        <p role="status" className="muted">
          {t('retention.saved')}
        </p>
      )}
      {retention.enabled && <RetentionReview months={retention.months} pipeline={pipeline} />}
    </section>
  );
}

function RetentionForm({ retention, setSaved }: { retention: Retention; setSaved(saved: boolean): void }) {
  const db = useDb();
  const [enabled, setEnabled] = useState(retention.enabled);
  const [months, setMonths] = useState(String(retention.months));
  const [invalid, setInvalid] = useState(false);
  const { run, failure } = useWrite();

  async function save(next: { enabled: boolean; months: string }) {
    setSaved(false);
    const parsed = RetentionSchema.safeParse({ enabled: next.enabled, months: Number(next.months.trim()) });
    setInvalid(!parsed.success);
    if (!parsed.success) return;
    if ((await run(() => saveRetention(db, parsed.data, clock()))).ok) setSaved(true);
  }

  return (
    <>
      <form
        className="retention-months"
        onSubmit={(e) => {
          e.preventDefault();
          void save({ enabled, months });
        }}
      >
        <label className="block">
          <input
            type="checkbox"
            checked={enabled}
            onChange={(e) => {
              setEnabled(e.target.checked);
              void save({ enabled: e.target.checked, months });
            }}
          />{' '}
          {t('retention.enabled')}
        </label>
        <p className="button-row">
          <label htmlFor="retention-months">{t('retention.months')}</label>
          <input
            id="retention-months"
            inputMode="numeric"
            size={4}
            value={months}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'retention-months-error' : undefined}
            onChange={(e) => setMonths(e.target.value)}
          />
          <button type="submit">{t('common.save')}</button>
        </p>
        {invalid && (
          <p id="retention-months-error" className="field-error" role="alert">
            {t('retention.invalid')}
          </p>
        )}
      </form>
      <WriteFailure text={failure} />
    </>
  );
}

/** Found on request (never a live query: it walks every old lead), ticked by the rep, then confirmed. */
function RetentionReview({ months, pipeline }: { months: number; pipeline: PipelineSettings }) {
  const db = useDb();
  const [review, setReview] = useState<Review>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [asking, setAsking] = useState<RetentionAction>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [crmDelete, setCrmDelete] = useState(false);
  const selectedIds = useMemo(() => [...selected], [selected]);
  const deletableInCrm = useDeletableInCrm(selectedIds);
  const [status, setStatus] = useState<Status>();
  const { run, failure } = useWrite();

  async function find() {
    setStatus(undefined);
    const found = await leadsDueForReview(db, clock(), months);
    setReview(found);
    setSelected(new Set(found.rows.map((r) => r.id)));
  }

  async function apply(action: RetentionAction) {
    const ids = [...selected];
    setAsking(undefined);
    setProgress({ done: 0, total: ids.length });
    // Chunks already written stay written: the review found afresh shows what is left.
    const alsoCrm = crmDelete && deletableInCrm > 0;
    setCrmDelete(false);
    const done = await run(() => applyRetention(db, ids, action, clock(), { onProgress: (n) => setProgress({ done: n, total: ids.length }), crmDelete: alsoCrm }));
    // The background makes the queued deletes now; what it cannot make, the sync rounds retry (the options page's CRM status counts them).
    // Chunks written before a failure queued theirs too, so they are sent for either way.
    if (alsoCrm) void sendToBackground({ type: 'crm.erase' }).catch(() => undefined);
    if (done.ok) setStatus({ ok: true, text: t(action === 'erase' ? 'retention.erased' : 'retention.deleted', { count: done.value }) });
    setProgress(undefined);
    setReview(undefined);
  }

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  return (
    <div>
      <p className="button-row">
        <button type="button" disabled={progress !== undefined} onClick={() => void find()}>
          {t('retention.review')}
        </button>
      </p>
      {review && review.total === 0 && <p role="status">{t('retention.none', { months })}</p>}
      {review && review.total > 0 && (
        <>
          <p role="status">{t('retention.found', { count: review.total, months })}</p>
          {review.total > review.rows.length && <p className="muted small">{t('retention.shown', { shown: review.rows.length })}</p>}
          <ul className="retention-list" aria-label={t('retention.list')}>
            {review.rows.map((row) => {
              const name = row.fullName ?? row.email ?? t('list.unnamed');
              return (
                <li key={row.id}>
                  <label>
                    <input type="checkbox" checked={selected.has(row.id)} onChange={(e) => toggle(row.id, e.target.checked)} />
                    <span>
                      <strong>{name}</strong>
                      {row.companyName && <span className="muted"> · {row.companyName}</span>}
                      <span className="muted small">
                        {' '}
                        · {stageLabel(pipeline, row.stageId)} · {t('retention.lastTouch', { date: formatDateTime(row.lastTouchAt) })}
                      </span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          {!asking ? (
            <p className="button-row">
              <button type="button" className="danger" disabled={selected.size === 0 || progress !== undefined} onClick={() => setAsking('erase')}>
                {t('retention.erase', { count: selected.size })}
              </button>
              <button type="button" className="danger" disabled={selected.size === 0 || progress !== undefined} onClick={() => setAsking('delete')}>
                {t('retention.delete', { count: selected.size })}
              </button>
            </p>
          ) : (
            <div role="group" aria-label={t(asking === 'erase' ? 'retention.yesErase' : 'retention.yesDelete')}>
              <p>{t(asking === 'erase' ? 'retention.confirmErase' : 'retention.confirmDelete', { count: selected.size })}</p>
              {deletableInCrm > 0 && (
                <p className="small">
                  <label className="erase-crm">
                    <input type="checkbox" checked={crmDelete} onChange={(e) => setCrmDelete(e.target.checked)} /> {t('retention.crmDelete', { count: deletableInCrm })}
                  </label>
                </p>
              )}
              <p className="button-row">
                <button type="button" className="danger" onClick={() => void apply(asking)}>
                  {t(asking === 'erase' ? 'retention.yesErase' : 'retention.yesDelete')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setAsking(undefined);
                    setCrmDelete(false);
                  }}
                >
                  {t('common.cancel')}
                </button>
              </p>
            </div>
          )}
        </>
      )}
      {progress && <p role="status">{t('retention.working', progress)}</p>}
      <WriteFailure text={failure} />
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'muted' : 'error'}>
          {status.text}
        </p>
      )}
    </div>
  );
}

