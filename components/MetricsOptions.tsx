import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getMetricsSettings, getPipeline, saveMetricsSettings } from '@/lib/db/settings';
import { t } from '@/lib/i18n';
import { CostsSchema, type Costs, type MetricsSettings } from '@/lib/metrics/settings';
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
  const [costs, setCosts] = useState<Record<keyof Costs, string>>(() => ({
    monthlySpend: metrics.costs.monthlySpend?.toString() ?? '',
    marginPercent: metrics.costs.marginPercent?.toString() ?? '',
    purchasesPerYear: metrics.costs.purchasesPerYear?.toString() ?? '',
    retentionYears: metrics.costs.retentionYears?.toString() ?? '',
  }));
  const write = useWrite();
  // A choice that could not be stored shows the stored one again (the radios follow the database), with the reason.
  const save = async (patch: Partial<MetricsSettings>) => {
    const outcome = await write.run(() => saveMetricsSettings(db, { ...metrics, ...patch }, clock()));
    if (outcome.ok) setStatus({ ok: true, text: t('metricsOpt.saved') });
  };
  const saveCosts = () => {
    const parsed = CostsSchema.safeParse(
      Object.fromEntries(
        Object.entries(costs)
          .filter(([, v]) => v.trim() !== '')
          .map(([k, v]) => [k, Number(v.trim().replace(',', '.'))]),
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
