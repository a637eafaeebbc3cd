import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { clearDiagnostics, readDiagnostics } from '@/lib/db/diagnostics';
import { diagnosticsFile } from '@/lib/diagnostics/export';
import { t } from '@/lib/i18n';
import { useDb } from '../db-context';
import { datedName, downloadText } from '../transfer/download';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

export type CaptureDiagnosticsProps = {
  /** The clock, for the file's name and export time (tests pass a fixed one). */
  now?: () => number;
  /** Where the file goes (tests catch it; the page downloads it). */
  download?: (fileName: string, text: string) => void;
};

/**
 * Options page, "#diagnostics": how many capture diagnostics are kept (how LinkedIn pages
 * were read, no personal data; lib/diagnostics), an export for a bug report, and Clear.
 * Self-contained: mounted in the options page's Diagnostics section.
 */
export function CaptureDiagnostics({ now = Date.now, download = (name, text) => downloadText(name, text, 'application/json') }: CaptureDiagnosticsProps) {
  const db = useDb();
  const write = useWrite();
  const [cleared, setCleared] = useState(false);
  const headingId = useId();
  const counts = useLiveQuery(async () => {
    const rows = await db.captureDiagnostics.toArray();
    return { kept: rows.length, drifted: rows.filter((row) => row.drift !== 'none').length };
  }, [db]);

  async function exportFile() {
    const at = now();
    const file = diagnosticsFile(await readDiagnostics(db), at, extensionVersion());
    download(datedName('capture-diagnostics', 'json', at), `${JSON.stringify(file, null, 2)}\n`);
  }

  async function clear() {
    const outcome = await write.run(() => clearDiagnostics(db));
    if (outcome.ok) setCleared(true);
  }

  const kept = counts?.kept ?? 0;
  return (
    <section className="capture-diagnostics" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('diagnostics.title')}</h2>
      <p>{t('diagnostics.intro')}</p>
      {counts === undefined ? (
        <p>{t('common.loading')}</p>
      ) : (
        <dl>
          <dt>{t('diagnostics.kept')}</dt>
          <dd data-testid="diagnostics-kept">{kept}</dd>
          <dt>{t('diagnostics.drifted')}</dt>
          <dd data-testid="diagnostics-drifted">{counts.drifted}</dd>
        </dl>
      )}
      {counts !== undefined && kept === 0 && <p>{cleared ? t('diagnostics.cleared') : t('diagnostics.none')}</p>}
      <div className="button-row">
        <button type="button" disabled={kept === 0} onClick={() => void exportFile()}>
          {t('diagnostics.export')}
        </button>
        <button
          type="button"
          disabled={kept === 0}
          onClick={() => {
            setCleared(false);
            void clear();
          }}
        >
          {t('diagnostics.clear')}
        </button>
      </div>
      <WriteFailure text={write.failure} />
    </section>
  );
}
