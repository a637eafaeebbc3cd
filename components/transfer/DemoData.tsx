import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getPipeline } from '@/lib/db/settings';
import { t } from '@/lib/i18n';
import { hasAnyLead, hasDemo, loadDemo, removeDemo } from '@/lib/transfer/demo';
import { DemoOfferView } from './DemoOfferView';
import { useDb } from '../db-context';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();

/** Load the demo pipeline into an empty database, or remove every demo record (never the rep's own). */
export function DemoData() {
  const db = useDb();
  const state = useLiveQuery(async () => ({ demo: await hasDemo(db), anyLead: await hasAnyLead(db) }), [db]);
  const [status, setStatus] = useState<{ error: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const write = useWrite();
  if (!state) return null;

  async function load() {
    setBusy(true);
    setStatus({ error: false, text: t('demo.loading') });
    const outcome = await write.run(async () => loadDemo(db, clock(), (await getPipeline(db)).currency));
    const result = outcome.ok ? outcome.value : undefined;
    setStatus(!result ? undefined : result.ok ? { error: false, text: t('demo.loaded', { count: result.leads }) } : { error: true, text: t('demo.error.not-empty') });
    setBusy(false);
  }

  async function remove() {
    setBusy(true);
    setStatus(undefined);
    const outcome = await write.run(() => removeDemo(db, clock()));
    if (outcome.ok) setStatus({ error: false, text: t('demo.removed', { count: outcome.value }) });
    setBusy(false);
  }

  return (
    <section aria-labelledby="demo-title">
      <h3 id="demo-title">{t('demo.title')}</h3>
      <p className="muted small">{t('demo.intro')}</p>
      <p className="button-row">
        {state.demo ? (
          <button type="button" disabled={busy} onClick={() => void remove()}>
            {t('demo.remove')}
          </button>
        ) : (
          <button type="button" className={state.anyLead ? undefined : 'primary'} disabled={busy} onClick={() => void load()}>
            {t('demo.load')}
          </button>
        )}
      </p>
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'muted'}>
          {status.text}
        </p>
      )}
      <WriteFailure text={write.failure} />
    </section>
  );
}

/** On an empty database, the options page offers the demo first thing (it opens on install). */
export function DemoOffer({ initialEmpty }: { /** What the page's first view found (no lead stored), drawn the same until this reads. */ initialEmpty?: boolean }) {
  const db = useDb();
  const empty = useLiveQuery(async () => !(await hasAnyLead(db)), [db], initialEmpty);
  return empty ? <DemoOfferView /> : null;
}
