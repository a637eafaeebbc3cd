import { useCallback, useEffect, useRef, useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { assumedEncodingKey, IMPORT_FIELDS, importErrorKey, MAPPING_TARGETS, MAX_ROWS, type ImportField, type ImportMapping, type ImportSummary, type MappingTarget } from '@/lib/transfer/csv-import';
import { createImportClient, type ImportClient } from '@/lib/transfer/import-client';
import { StorageError } from '@/lib/db/errors';
import { useDb } from '../db-context';
import { useUnfinishedTransfer } from './use-unfinished-transfer';
import './transfer.css';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();

type Loaded = { summary: ImportSummary; counts?: { created: number; merged: number } };
type Status = { kind: 'error' | 'done' | 'busy'; text: string; progress?: number };

/** The import's worker, started on first use (in event handlers) and stopped when the screen goes. */
function useImportClient(): () => ImportClient {
  const db = useDb();
  const client = useRef<ImportClient>(undefined);
  useEffect(
    () => () => {
      client.current?.close();
      client.current = undefined;
    },
    [],
  );
  return useCallback(() => (client.current ??= createImportClient(db, clock)), [db]);
}

/**
 * CSV import: choose a file, check how its columns were matched (change any), see the
 * first rows as they will be stored, every refused row with its reason, and how many
 * are new or merge into existing leads; nothing is written until "Import" is pressed,
 * and then all confirmed rows are written in one transaction or none are. Reading,
 * matching and writing happen in a worker, so a 100,000-row file never freezes the page.
 */
export function CsvImport() {
  const client = useImportClient();
  const [loaded, setLoaded] = useState<Loaded>();
  const [status, setStatus] = useState<Status>();
  // An import this page (or another) started and never committed: nothing of it was written.
  const { unfinished, forget } = useUnfinishedTransfer('import');
  // Said until the rep chooses a file here.
  const shown: Status | undefined = status ?? (unfinished ? { kind: 'error', text: t('unfinished.import') } : undefined);

  async function withCounts(summary: ImportSummary): Promise<void> {
    setLoaded({ summary });
    const counts = await client().counts();
    setLoaded((current) => (current?.summary === summary ? { ...current, counts } : current));
  }

  async function choose(file: File | undefined) {
    forget();
    setLoaded(undefined);
    if (!file) return;
    const reading = (fraction: number) => setStatus({ kind: 'busy', text: t('data.reading', { file: file.name }), progress: fraction });
    reading(0);
    try {
      const opened = await client().open(file, (_phase, fraction) => reading(fraction));
      if (!opened.ok) return setStatus({ kind: 'error', text: t(importErrorKey(opened.error) as MessageKey, { row: opened.row ?? '', max: MAX_ROWS }) });
      setStatus(undefined);
      await withCounts(opened.summary);
    } catch (error) {
      setStatus({ kind: 'error', text: failure(error) });
    }
  }

  async function remap(mapping: ImportMapping) {
    await withCounts(await client().remap(mapping));
  }

  async function run() {
    if (!loaded) return;
    const total = loaded.summary.captureCount;
    const saving = (fraction: number) => setStatus({ kind: 'busy', text: t('data.importing', { done: Math.round(fraction * total), total }), progress: fraction });
    saving(0);
    try {
      const result = await client().run((_phase, fraction) => saving(fraction));
      setLoaded(undefined);
      setStatus({ kind: 'done', text: t('data.imported', result) });
    } catch (error) {
      setStatus({ kind: 'error', text: failure(error) });
    }
  }

  const busy = status?.kind === 'busy';
  return (
    <section aria-labelledby="csv-import-title">
      <h3 id="csv-import-title">{t('data.import')}</h3>
      <label>
        {t('data.chooseCsv')} <input type="file" accept=".csv,.tsv,.txt,text/csv" disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {loaded?.summary.assumedEncoding && (
        <p className="warning small" role="note" data-testid="import-encoding">
          {t(assumedEncodingKey(loaded.summary.assumedEncoding))}
        </p>
      )}
      {loaded && <MappingTable summary={loaded.summary} onChange={(mapping) => void remap(mapping)} />}
      {loaded && <PreviewTable loaded={loaded} />}
      {loaded && (
        <p className="button-row">
          <button type="button" className="primary" disabled={busy || loaded.summary.captureCount === 0} onClick={() => void run()}>
            {t('data.importButton', { count: loaded.summary.captureCount })}
          </button>
          <button type="button" disabled={busy} onClick={() => setLoaded(undefined)}>
            {t('data.cancel')}
          </button>
        </p>
      )}
      {shown && (
        <div role={shown.kind === 'error' ? 'alert' : 'status'} className={shown.kind === 'error' ? 'error' : 'muted'}>
          {shown.text}
          {shown.progress !== undefined && <progress max={1} value={shown.progress} />}
        </div>
      )}
    </section>
  );
}

function failure(error: unknown): string {
  const reason = error instanceof StorageError ? t(`error.${error.code}` as MessageKey) : String(error);
  return t('data.importFailed', { reason });
}

function MappingTable({ summary, onChange }: { summary: ImportSummary; onChange(mapping: ImportMapping): void }) {
  const { headers, sample, mapping } = summary;
  return (
    <fieldset className="csv-mapping">
      <legend>{t('data.mapping')}</legend>
      <p className="muted small">{t('data.mappingHint')}</p>
      {headers.map((header, column) => (
        <label key={column} className="block">
          <span>{t('data.column', { header })}</span>
          <select value={mapping[column] ?? 'ignore'} onChange={(e) => onChange({ ...mapping, [column]: e.target.value as MappingTarget })}>
            {MAPPING_TARGETS.map((target) => (
              <option key={target} value={target}>
                {target === 'ignore' ? t('transfer.field.ignore') : t(`field.${target}` as MessageKey)}
              </option>
            ))}
          </select>
          <span className="muted small">{sample[column] ? t('data.sample', { value: sample[column].slice(0, 60) }) : ''}</span>
        </label>
      ))}
    </fieldset>
  );
}

function PreviewTable({ loaded }: { loaded: Loaded }) {
  const { summary, counts } = loaded;
  const { mapping } = summary;
  // The mapped fields, then any a row filled by itself: a Sales Navigator link in a LinkedIn column, a name made of first and last.
  const filled = summary.firstRows.flatMap(({ person }) => IMPORT_FIELDS.filter((f) => person[f] !== undefined));
  const fields = [...new Set([...Object.values(mapping).filter((f): f is ImportField => f !== 'ignore'), ...filled])];
  return (
    <div className="csv-preview">
      <p role="status" data-testid="import-counts">
        {counts
          ? t('data.counts', { rows: summary.captureCount + summary.refusedCount, created: counts.created, merged: counts.merged, refused: summary.refusedCount })
          : t('data.counting')}
      </p>
      <table aria-label={t('data.preview')}>
        <thead>
          <tr>
            {fields.map((f) => (
              <th key={f}>{t(`field.${f}` as MessageKey)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.firstRows.map(({ row, person }) => (
            <tr key={row}>
              {fields.map((f) => (
                <td key={f}>{String(person[f] ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {summary.refusedCount > 0 && (
        <>
          <h4>{t('data.refusedTitle')}</h4>
          <ul aria-label={t('data.refusedTitle')}>
            {summary.refused.map((r) => (
              <li key={`${r.row}-${r.column ?? ''}`}>{t(importErrorKey(r.reason) as MessageKey, { row: r.row, column: r.column ?? '' })}</li>
            ))}
          </ul>
          {summary.refusedCount > summary.refused.length && <p className="muted small">{t('data.refusedMore', { count: summary.refusedCount - summary.refused.length })}</p>}
        </>
      )}
    </div>
  );
}

