import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { moveToStage, reactivateLead, undoStageChange, type StageError } from '@/lib/db/stage';
import { currentLocale, formatDateTime, t, type MessageKey } from '@/lib/i18n';
import { formatUnit } from '../format';
import { formatDealInput, formatMoney, parseDealValue } from '@/lib/pipeline/deal-input';
import type { PipelineSettings, StageChange } from '@/lib/pipeline/schema';
import { stageOf } from '@/lib/pipeline/stage-change';
import type { Lead } from '@/lib/schema/records';
import { useUndoStore } from '@/lib/ui/undo-store';
import { useDb } from '../db-context';
import { stageLabel } from './stage-label';
import { currencyChoices, currencyLabel } from '../format';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();
const DAY = 86_400_000;

/** A stage's name, or its id marked as removed when the list no longer has it (./stage-label). */
export { stageLabel };

function entryText(entry: StageChange, pipeline: PipelineSettings): string {
  const date = formatDateTime(entry.at);
  const from = stageLabel(pipeline, entry.fromStage);
  const to = stageLabel(pipeline, entry.toStage);
  if (entry.fromStage === undefined) return t('stage.entry.first', { date, to });
  if (entry.kind === 'won') {
    const value = entry.value === undefined ? '' : formatMoney(entry.value, entry.currency ?? pipeline.currency, currentLocale());
    return t('stage.entry.won', { date, value });
  }
  return t(`stage.entry.${entry.kind}` as MessageKey, { date, from, to });
}

type Closing = { kind: 'won' | 'lost'; stageId: string; value: string; currency: string; reason: string };

/** The lead's stage: move it (won asks the final value, lost a reason), reactivate it, and its history. */
export function StageSection({ lead, pipeline }: { lead: Lead; pipeline: PipelineSettings }) {
  const db = useDb();
  const remember = useUndoStore((s) => s.remember);
  const [closing, setClosing] = useState<Closing>();
  const [error, setError] = useState<string>();
  const write = useWrite();
  const history = useLiveQuery(
    () => db.stageHistory.where('[leadId+at]').between([lead.id, -Infinity], [lead.id, Infinity]).reverse().limit(50).toArray(),
    [db, lead.id],
  );
  const current = stageOf(pipeline, lead.stageId);
  const top = pipeline.stages.find((s) => s.kind === 'new');

  async function apply(run: () => ReturnType<typeof moveToStage>) {
    const before = lead;
    setError(undefined);
    // A failed write leaves the stage as stored (the list shows it) and says why below.
    const outcome = await write.run(run);
    if (!outcome.ok) return;
    const result = outcome.value;
    if (!result.ok) return setError(t(`pipeline.change.error.${result.error satisfies StageError}` as MessageKey));
    setClosing(undefined);
    remember(lead.id, t('stage.undoLabel'), () => undoStageChange(db, result.changeId, before).then(() => undefined));
  }

  function pick(stageId: string) {
    const stage = stageOf(pipeline, stageId);
    if (!stage) return setError(t('pipeline.change.error.unknown-stage'));
    if (stage.kind === 'won' || stage.kind === 'lost') {
      setError(undefined);
      return setClosing({ kind: stage.kind, stageId, value: formatDealInput(lead.dealValue, currentLocale()), currency: lead.currency ?? pipeline.currency, reason: '' });
    }
    setClosing(undefined);
    void apply(() => moveToStage(db, lead.id, stageId, {}, clock()));
  }

  function confirm() {
    if (!closing) return;
    const parsed = parseDealValue(closing.value, currentLocale());
    if (!parsed.ok) return setError(t(`pipeline.deal.error.${parsed.error}` as MessageKey));
    const details = { value: parsed.value, currency: closing.currency, reason: closing.reason };
    void apply(() => moveToStage(db, lead.id, closing.stageId, details, clock()));
  }

  const days = Math.max(0, Math.floor((clock() - lead.stageChangedAt) / DAY));
  return (
    <fieldset className="stage-section">
      <legend className="section-title">{t('stage.title')}</legend>
      <label>
        {t('stage.select')}{' '}
        <select value={closing?.stageId ?? lead.stageId} onChange={(e) => pick(e.target.value)}>
          {!current && <option value={lead.stageId}>{stageLabel(pipeline, lead.stageId)}</option>}
          {pipeline.stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.probability} %)
            </option>
          ))}
        </select>
      </label>
      <p className="muted small">
        {t('stage.since', { stage: stageLabel(pipeline, lead.stageId), date: formatDateTime(lead.stageChangedAt), days: formatUnit(days, 'day') })}
        {lead.reactivations > 0 && <> · {t('stage.reactivations', { count: lead.reactivations })}</>}
      </p>
      {lead.lostReason && <p className="small">{t('stage.entry.reason', { reason: lead.lostReason })}</p>}
      {closing && (
        <div className="stage-closing" role="group" aria-label={t(closing.kind === 'won' ? 'stage.wonTitle' : 'stage.lostTitle')}>
          {closing.kind === 'lost' && (
            <label>
              {t('stage.lostReason')}
              <input type="text" maxLength={300} value={closing.reason} onChange={(e) => setClosing({ ...closing, reason: e.target.value })} />
            </label>
          )}
          <label>
            {t(closing.kind === 'won' ? 'stage.finalValue' : 'stage.lostValue')}
            <input type="text" inputMode="decimal" maxLength={40} value={closing.value} onChange={(e) => setClosing({ ...closing, value: e.target.value })} />
          </label>
          <label>
            {t('deal.currency')}{' '}
            <select value={closing.currency} onChange={(e) => setClosing({ ...closing, currency: e.target.value })}>
              {currencyChoices(closing.currency, pipeline.currency).map((code) => (
                <option key={code} value={code}>
                  {currencyLabel(code)}
                </option>
              ))}
            </select>
          </label>
          <p className="button-row">
            <button type="button" className="primary" onClick={confirm}>
              {t(closing.kind === 'won' ? 'stage.confirmWon' : 'stage.confirmLost')}
            </button>{' '}
            <button type="button" onClick={() => (setClosing(undefined), setError(undefined))}>
              {t('stage.cancel')}
            </button>
          </p>
        </div>
      )}
      {current?.kind === 'lost' && top && (
        <p>
          <button type="button" onClick={() => void apply(() => reactivateLead(db, lead.id, clock()))}>
            {t('stage.reactivate')}
          </button>{' '}
          <span className="muted small">{t('stage.reactivateHint', { stage: top.name })}</span>
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <WriteFailure text={write.failure} />
      {history && history.length > 0 && (
        <details className="stage-history">
          <summary>{t('stage.history')}</summary>
          <ol aria-label={t('stage.history')}>
            {history.map((entry) => (
              <li key={entry.id}>
                {entryText(entry, pipeline)}
                {entry.reason && <span className="muted"> · {t('stage.entry.reason', { reason: entry.reason })}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </fieldset>
  );
}
