import { useEffect, useState } from 'react';
import { currentLocale, t } from '@/lib/i18n';
import { formatBytes, readStorageState, type StorageApi, type StorageState } from '@/lib/privacy/storage';

export type StorageSetup = {
  /** navigator.storage, or undefined where the browser has none. */
  api: StorageApi | undefined;
  /** The manifest holds `unlimitedStorage` (Chrome): the browser does not evict the data. */
  unlimited: boolean;
  /** Offer "Keep my data persistent" (Firefox: persist() may prompt, so only on the rep's click). */
  askPersist: boolean;
};

/** Whether the browser may evict the database, and how much it uses. */
export function StorageBlock({ setup }: { setup: StorageSetup }) {
  const [state, setState] = useState<StorageState>();
  const [result, setResult] = useState<boolean>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void readStorageState(setup.api).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [setup.api]);

  async function persist() {
    if (!setup.api) return;
    setBusy(true);
    const granted = await setup.api.persist().catch(() => false);
    setResult(granted);
    setState(await readStorageState(setup.api));
    setBusy(false);
  }

  if (!state) return null;
  const locale = currentLocale();
  // Chrome with unlimitedStorage never evicts the data, though persisted() still says false: say what holds.
  const persisted = setup.unlimited && state.persisted !== true ? 'unlimited' : state.persisted === undefined ? 'unknown' : state.persisted ? 'yes' : 'no';
  return (
    <section aria-labelledby="storage-title" data-testid="storage">
      <h3 id="storage-title">{t('storage.title')}</h3>
      <p data-testid="storage-persisted">{t(`storage.persisted.${persisted}`)}</p>
      <p data-testid="storage-used">
        {state.usage !== undefined && state.quota !== undefined
          ? t('storage.used', { usage: formatBytes(state.usage, locale), quota: formatBytes(state.quota, locale) })
          : t('storage.usedUnknown')}
      </p>
      {setup.askPersist && setup.api && state.persisted !== true && (
        <p className="button-row">
          <button type="button" disabled={busy} onClick={() => void persist()}>
            {t('storage.persist')}
          </button>
          <span className="muted small">{t('storage.persistHint')}</span>
        </p>
      )}
      {result !== undefined && (
        <p role={result ? 'status' : 'alert'} className={result ? 'muted' : 'error'}>
          {t(result ? 'storage.persistGranted' : 'storage.persistRefused')}
        </p>
      )}
    </section>
  );
}
