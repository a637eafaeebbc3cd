import { useState } from 'react';
import { errorDetail } from '@/lib/db/open-failure';
import { readRawBackup } from '@/lib/db/raw-read';
import { t } from '@/lib/i18n';
import { datedName, downloadText } from './transfer/download';

type Status = { busy: boolean; text?: string; error?: boolean };

/** "Download a backup of the raw data": every stored record as it is, read without the app's schema. */
export function RawRescue({ name, expectedSchemaVersion, reason }: { name: string; expectedSchemaVersion: number; reason: string }) {
  const [status, setStatus] = useState<Status>({ busy: false });
  async function download() {
    setStatus({ busy: true, text: t('open.downloading') });
    try {
      const now = Date.now();
      const backup = await readRawBackup(name, now, { expectedSchemaVersion, reason });
      if (!backup) return setStatus({ busy: false, text: t('open.noData') });
      downloadText(datedName('prospecting-assistant-raw', 'json', now), JSON.stringify(backup), 'application/json');
      const count = backup.stores.reduce((n, store) => n + store.records.length, 0);
      setStatus({ busy: false, text: t('open.downloaded', { count, stores: backup.stores.length }) });
    } catch (error) {
      setStatus({ busy: false, error: true, text: t('open.downloadFailed', { reason: errorDetail(error) }) });
    }
  }
  return (
    <section className="raw-rescue">
      <p className="muted">{t('open.rescueHint')}</p>
      <button type="button" className="primary" disabled={status.busy} onClick={() => void download()}>
        {t('open.download')}
      </button>
      {status.text && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'muted'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
