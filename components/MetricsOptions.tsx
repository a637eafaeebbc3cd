import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getMetricsSettings, getPipeline, saveMetricsSettings } from '@/lib/db/settings';
import { currentLocale, t } from '@/lib/i18n';
import { CostsSchema, type Costs, type MetricsSettings } from '@/lib/metrics/settings';
import { formatDealInput, parseDealValue } from '@/lib/pipeline/deal-input';
import { useDb } from './db-context';
import { useWrite } from './use-write';
import { WriteFailure } from './WriteFailure';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();

const COST_FIELDS = [
  ['monthlySpend', 'metricsOpt.monthlySpend'],
  ['marginPercent', 'metricsOpt.margin'],
  ['purchasesPerYear', 'metricsOpt.purchases'],
  ['retentionYears', 'metricsOpt.years'],
] as const;

/** How velocity counts (opportunities scope, mean or median cycle), saved as changed; optional costs for CAC and CLV. */
export function MetricsOptions() {
  const db = useDb();
  const data = useLiveQuery(async () => ({ metrics: await getMetricsSettings(db), currency: (await getPipeline(db)).currency }), [db]);
  // Kept here: the form below starts afresh when the stored costs change (as saving them does).
  const [status, setStatus] = useState<Status>();
  if (!data) return null;
  return <MetricsForm key={JSON.stringify(data.metrics.costs)} metrics={data.metrics} currency={data.currency} status={status} setStatus={setStatus} />;
}

type Status = { ok: boolean; text: string };

function MetricsForm(props: { metrics: MetricsSettings; currency: string; status: Status | undefined; setStatus(s: Status): void }) {
  const { metrics, currency, status, setStatus } = props;
  const db = useDb();
  // Shown and read in the rep's number format, as deal values are ("25 000,50" in Polish, "25.000" lei in Romanian).
  const locale = currentLocale();
  const [costs, setCosts] = useState<Record<keyof Costs, string>>(() => ({
    monthlySpend: formatDealInput(metrics.costs.monthlySpend, locale),
    marginPercent: formatDealInput(metrics.costs.marginPercent, locale),
    purchasesPerYear: formatDealInput(metrics.costs.purchasesPerYear, locale),
    retentionYears: formatDealInput(metrics.costs.retentionYears, locale),
  }));
  const write = useWrite();
  // A choice that could not be stored shows the stored one again (the radios follow the database), with the reason.
  const save = async (patch: Partial<MetricsSettings>) => {
    const outcome = await write.run(() => saveMetricsSettings(db, { ...metrics, ...patch }, clock()));
    if (outcome.ok) setStatus({ ok: true, text: t('metricsOpt.saved') });
  };
  const saveCosts = () => {
    // A figure that is not a number stays text, which the schema refuses (said as "metricsOpt.invalid").
    const read = (text: string) => {
      const parsed = parseDealValue(text, locale);
      return parsed.ok ? parsed.value : text;
    };
    const parsed = CostsSchema.safeParse(
      Object.fromEntries(
        Object.entries(costs)
          .filter(([, v]) => v.trim() !== '')
          .map(([k, v]) => [k, read(v)]),
      ),
    );
    if (!parsed.success) setStatus({ ok: false, text: t('metricsOpt.invalid') });
    else void save({ costs: parsed.data });
  };
  return (
    <section id="metrics" aria-labelledby="metrics-opt-title">
      <h2 id="metrics-opt-title">{t('metricsOpt.title')}</h2>
      <p className="muted">{t('metricsOpt.intro')}</p>
      <fieldset>
        <legend>{t('metricsOpt.scope')}</legend>
        {(['qualified', 'all'] as const).map((scope) => (
          <label key={scope} className="block">
            <input type="radio" name="metrics-scope" checked={metrics.scope === scope} onChange={() => void save({ scope })} /> {t(`metricsOpt.scope.${scope}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('metricsOpt.cycle')}</legend>
        {(['median', 'mean'] as const).map((cycle) => (
          <label key={cycle} className="block">
            <input type="radio" name="metrics-cycle" checked={metrics.cycle === cycle} onChange={() => void save({ cycle })} /> {t(`metricsOpt.cycle.${cycle}`)}
          </label>
        ))}
      </fieldset>
      <form
        className="costs"
        onSubmit={(e) => {
          e.preventDefault();
          saveCosts();
        }}
      >
        <fieldset>
          <legend>{t('metricsOpt.costs')}</legend>
          {COST_FIELDS.map(([field, label]) => (
            <label key={field} className="block">
              {t(label, { currency })}{' '}
              <input inputMode="decimal" value={costs[field]} onChange={(e) => setCosts({ ...costs, [field]: e.target.value })} />
            </label>
          ))}
          <button type="submit">{t('common.save')}</button>
        </fieldset>
      </form>
      {status && !write.failure && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'muted' : 'error'}>
          {status.text}
        </p>
      )}
      <WriteFailure text={write.failure} />
    </section>
  );
}
