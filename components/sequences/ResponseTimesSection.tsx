import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import type { Rate, Summary } from '@/lib/metrics/response-times';
import { periodDays, responseFromFigures } from '@/lib/metrics/figures/read';
import * as z from 'zod/mini';
import { ResponseFiguresSchema } from '@/lib/metrics/figures/schema';
import { figuresBuilt } from '@/lib/db/write/figures-store';
import { useKeptRebuild } from '../use-kept-rebuild';
import { useDb } from '../db-context';
import { formatDuration, formatShare } from '../format';
import './sequences.css';
import { localizeSequence } from '@/lib/i18n/default-names';

/** Read in event handlers and the query only (render stays pure). */
const clock = () => Date.now();
const PERIODS = [30, 90, 365] as const;

/** `businessHours`: the durations are business hours, and "within 1 day" is within a working day (8 of them). */
function SummaryText({ summary, businessHours }: { summary: Summary; businessHours: boolean }) {
  if (summary.count === 0 || summary.median === undefined || summary.p90 === undefined) return <span className="muted">{t('rt.noData')}</span>;
  const duration = (ms: number) => formatDuration(ms, { businessHours });
  return (
    <span>
      {t('rt.median', { value: duration(summary.median) })} · {t('rt.p90', { value: duration(summary.p90) })} ·{' '}
      {t(businessHours ? 'rt.withinWorking' : 'rt.within', { m5: formatShare(summary.within5m ?? 0), h1: formatShare(summary.within1h ?? 0), d1: formatShare(summary.within1d ?? 0) })} ·{' '}
      {t('rt.count', { count: summary.count })}
    </span>
  );
}

function rateText(rate: Rate): string {
  return rate.total === 0 ? t('rt.noData') : t('rt.rate', { answered: rate.answered, total: rate.total, percent: formatShare(rate.answered / rate.total) });
}

/**
 * Response times over the last N days (today included), from the kept histograms
 * of those days (lib/metrics/figures): a few rows, never the touches themselves,
 * so it costs the same at 100,000 leads as at ten. Medians and p90 are exact to
 * the histograms' resolution (a minute up to an hour); the shares are exact.
 */
export function ResponseTimesSection() {
  const db = useDb();
  const [days, setDays] = useState<(typeof PERIODS)[number]>(90);
  const [businessHours, setBusinessHours] = useState(false);
  const data = useLiveQuery(async () => {
    if (!(await figuresBuilt(db))) return null;
    const period = periodDays(clock(), days);
    const rows = z.array(ResponseFiguresSchema).parse(await db.responseFigures.where('day').between(period.from, period.to, true, true).toArray());
    const sequences = (await db.sequences.toArray()).map(localizeSequence);
    return { result: responseFromFigures(rows, businessHours), sequences, businessHours };
  }, [db, days, businessHours]);
  useKeptRebuild(db, data === null);

  return (
    <section aria-labelledby="rt-title">
      <h2 id="rt-title">{t('rt.title')}</h2>
      <p className="button-row">
        <label>
          {t('rt.period')}{' '}
          <select value={days} onChange={(e) => setDays(Number(e.target.value) as (typeof PERIODS)[number])}>
            {PERIODS.map((d) => (
              <option key={d} value={d}>
                {t('rt.days', { count: d })}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={businessHours} onChange={(e) => setBusinessHours(e.target.checked)} /> {t('rt.businessHours')}
        </label>
      </p>
      {data === null ? (
        <p className="muted" role="status">
          {t('vel.stale')}
        </p>
      ) : !data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <dl className="response-times">
          <dt>{t('rt.speedToLead')}</dt>
          <dd>
            <SummaryText summary={data.result.speedToLead} businessHours={data.businessHours} />
          </dd>
          <dt>{t('rt.repReply')}</dt>
          <dd>
            <SummaryText summary={data.result.repReply} businessHours={data.businessHours} />
          </dd>
          <dt>{t('rt.prospectReply')}</dt>
          <dd>
            <SummaryText summary={data.result.prospectReply.times} businessHours={data.businessHours} />
          </dd>
          <dt>{t('rt.replyRate')}</dt>
          <dd>{rateText(data.result.prospectReply)}</dd>
          <dt>{t('rt.inviteAcceptance')}</dt>
          <dd>
            {rateText(data.result.invites)}
            {data.result.invites.times.median !== undefined && <> · {t('rt.median', { value: formatDuration(data.result.invites.times.median, { businessHours: data.businessHours }) })}</>}
          </dd>
          <dt>{t('rt.channel')}</dt>
          <dd>
            {Object.keys(data.result.byChannel).length === 0 && <span className="muted">{t('rt.noData')}</span>}
            <ul>
              {Object.entries(data.result.byChannel).map(([kind, rate]) => (
                <li key={kind}>
                  {t(`activity.${kind}` as MessageKey)}: {rateText(rate)}
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('rt.byStep')}</dt>
          <dd>
            {Object.keys(data.result.byStep).length === 0 && <span className="muted">{t('rt.noData')}</span>}
            <ul>
              {Object.entries(data.result.byStep).map(([key, rate]) => {
                const [sequenceId, stepId] = key.split('/');
                const sequence = data.sequences.find((s) => s.id === sequenceId);
                const step = sequence?.steps.find((s) => s.id === stepId);
                return (
                  <li key={key}>
                    {sequence?.name ?? sequenceId} · {step?.title ?? stepId}: {rateText(rate)}
                  </li>
                );
              })}
            </ul>
          </dd>
        </dl>
      )}
    </section>
  );
}
