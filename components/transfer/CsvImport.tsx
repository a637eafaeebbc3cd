import { useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import {
  autoMapping,
  classifyDuplicates,
  decodeCsvFile,
  importCaptures,
  importErrorKey,
  MAPPING_TARGETS,
  parseCsv,
  previewImport,
  type CsvTable,
  type ImportMapping,
  type ImportPreview,
  type MappingTarget,
} from '@/lib/transfer/csv-import';
import { StorageError } from '@/lib/db/errors';
import { useDb } from '../db-context';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();
const PREVIEW_ROWS = 5;
const REFUSED_SHOWN = 20;

type Loaded = { table: CsvTable; mapping: ImportMapping; preview: ImportPreview; counts?: { created: number; merged: number } };
type Status = { kind: 'error' | 'done' | 'busy'; text: string; progress?: number };

/**
 * CSV import: choose a file, check how its columns were matched (change any), see the
 * first rows as they will be stored, every refused row with its reason, and how many
 * are new or merge into existing leads; nothing is written until "Import" is pressed,
 * and then all confirmed rows are written in one transaction or none are.
 */
export function CsvImport() {
  const db = useDb();
  const [loaded, setLoaded] = useState<Loaded>();
  const [status, setStatus] = useState<Status>();

  async function withCounts(table: CsvTable, mapping: ImportMapping): Promise<void> {
    const preview = previewImport(table, mapping, clock());
    setLoaded({ table, mapping, preview });
    const counts = await classifyDuplicates(db, preview.captures);
    setLoaded((current) => (current?.mapping === mapping ? { ...current, counts } : current));
  }

  async function choose(file: File | undefined) {
    setLoaded(undefined);
    if (!file) return;
    setStatus({ kind: 'busy', text: t('data.reading', { file: file.name }) });
    // Checked before reading: a 200 MB file is refused without loading it.
    const decoded = file.size > 100 * 1024 * 1024 ? ({ ok: false, error: 'too-large' } as const) : decodeCsvFile(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return setStatus({ kind: 'error', text: t(importErrorKey(decoded.error) as MessageKey) });
    const parsed = parseCsv(decoded.text);
    if (!parsed.ok) return setStatus({ kind: 'error', text: t(importErrorKey(parsed.error) as MessageKey, 'row' in parsed ? { row: parsed.row } : undefined) });
    setStatus(undefined);
    await withCounts(parsed, autoMapping(parsed.headers));
  }

  async function run() {
    if (!loaded) return;
    const total = loaded.preview.captures.length;
    setStatus({ kind: 'busy', text: t('data.importing', { done: 0, total }), progress: 0 });
    try {
      const result = await importCaptures(db, loaded.preview.captures, clock(), (done) =>
        setStatus({ kind: 'busy', text: t('data.importing', { done, total }), progress: total ? done / total : 1 }),
      );
      setLoaded(undefined);
      setStatus({ kind: 'done', text: t('data.imported', result) });
    } catch (error) {
      const reason = error instanceof StorageError ? t(`error.${error.code}` as MessageKey) : String(error);
      setStatus({ kind: 'error', text: t('data.importFailed', { reason }) });
    }
  }

  const busy = status?.kind === 'busy';
  return (
    <section aria-labelledby="csv-import-title">
      <h3 id="csv-import-title">{t('data.import')}</h3>
      <label>
        {t('data.chooseCsv')} <input type="file" accept=".csv,.tsv,.txt,text/csv" disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {loaded && <MappingTable loaded={loaded} onChange={(mapping) => void withCounts(loaded.table, mapping)} />}
      {loaded && <PreviewTable loaded={loaded} />}
      {loaded && (
        <p className="button-row">
          <button type="button" className="primary" disabled={busy || loaded.preview.captures.length === 0} onClick={() => void run()}>
            {t('data.importButton', { count: loaded.preview.captures.length })}
          </button>
          <button type="button" disabled={busy} onClick={() => setLoaded(undefined)}>
            {t('data.cancel')}
          </button>
        </p>
      )}
      {status && (
        <div role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'error' : 'muted'}>
          {status.text}
          {status.progress !== undefined && <progress max={1} value={status.progress} />}
        </div>
      )}
    </section>
  );
}

function MappingTable({ loaded, onChange }: { loaded: Loaded; onChange(mapping: ImportMapping): void }) {
  const { headers, rows } = loaded.table;
  return (
    <fieldset className="csv-mapping">
      <legend>{t('data.mapping')}</legend>
      <p className="muted small">{t('data.mappingHint')}</p>
      {headers.map((header, column) => (
        <label key={column} className="block">
          {t('data.column', { header })}{' '}
          <select value={loaded.mapping[column] ?? 'ignore'} onChange={(e) => onChange({ ...loaded.mapping, [column]: e.target.value as MappingTarget })}>
            {MAPPING_TARGETS.map((target) => (
              <option key={target} value={target}>
                {target === 'ignore' ? t('transfer.field.ignore') : t(`field.${target}` as MessageKey)}
              </option>
            ))}
          </select>{' '}
          {rows[0]?.[column] && <span className="muted small">{t('data.sample', { value: rows[0][column].slice(0, 60) })}</span>}
        </label>
      ))}
    </fieldset>
  );
}

function PreviewTable({ loaded }: { loaded: Loaded }) {
  const { preview, counts, mapping } = loaded;
  const fields = [...new Set(Object.values(mapping).filter((f): f is Exclude<MappingTarget, 'ignore'> => f !== 'ignore'))];
  return (
    <div className="csv-preview">
      <p role="status" data-testid="import-counts">
        {counts
          ? t('data.counts', { rows: preview.captures.length + preview.refused.length, created: counts.created, merged: counts.merged, refused: preview.refused.length })
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
          {preview.captures.slice(0, PREVIEW_ROWS).map(({ row, person }) => (
            <tr key={row}>
              {fields.map((f) => (
                <td key={f}>{String(person[f] ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {preview.refused.length > 0 && (
        <>
          <h4>{t('data.refusedTitle')}</h4>
          <ul aria-label={t('data.refusedTitle')}>
            {preview.refused.slice(0, REFUSED_SHOWN).map((r) => (
              <li key={`${r.row}-${r.column ?? ''}`}>{t(importErrorKey(r.reason) as MessageKey, { row: r.row, column: r.column ?? '' })}</li>
            ))}
          </ul>
          {preview.refused.length > REFUSED_SHOWN && <p className="muted small">{t('data.refusedMore', { count: preview.refused.length - REFUSED_SHOWN })}</p>}
        </>
      )}
    </div>
  );
}

