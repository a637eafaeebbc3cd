import { useState, type ChangeEvent } from 'react';
import { t } from '@/lib/i18n';
import { localizeRuleSet, unlocalizeRuleSet } from '@/lib/i18n/default-names';
import { describeProblem, exportFileName, exportRuleSet, importRuleSet, refuseIfTooLarge, type ImportProblem } from '@/lib/scoring/rules-file';
import type { RuleSet } from '@/lib/scoring/schema';
import { useEditorContext } from './context';

type Report =
  | { kind: 'imported'; file: string; count: number; notes: string[] }
  | { kind: 'refused'; file: string; problems: ImportProblem[] }
  | { kind: 'unreadable'; file: string };

/** Save text as a file: a Blob object URL on an <a download> made with DOM APIs. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * Export the rules shown (when they are valid) and import a file into the
 * draft. An import is only a draft until saved; a refused file changes nothing
 * and the report lists each problem with where it is.
 */
// Exported with untouched shipped names as shipped: the file reads in the language of whoever imports it.
export function RulesFile({ draft }: { draft: RuleSet | undefined }) {
  const { store, domId } = useEditorContext();
  const [report, setReport] = useState<Report | undefined>(undefined);
  const [reading, setReading] = useState(false);
  const headingId = domId('file-title');
  const inputId = domId('file-import');

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again reads it again
    if (!file) return;
    setReading(true);
    try {
      // A file far too large is refused before it is read into memory.
      const result = refuseIfTooLarge(file.size) ?? importRuleSet(await file.text());
      if (result.ok) {
        // Shipped names come in as shipped (see export): show them in the rep's language, as the saved rules are.
        store.getState().load(localizeRuleSet(result.ruleSet));
        setReport({ kind: 'imported', file: file.name, count: result.ruleSet.rules.length, notes: result.notes });
      } else {
        setReport({ kind: 'refused', file: file.name, problems: result.problems });
      }
    } catch {
      setReport({ kind: 'unreadable', file: file.name });
    } finally {
      setReading(false);
    }
  }

  return (
    <section className="scoring-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('scoring.file.title')}</h3>
      <div className="actions">
        <button type="button" disabled={!draft} aria-describedby={domId('file-export-hint')} onClick={() => draft && downloadText(exportFileName(Date.now()), exportRuleSet(unlocalizeRuleSet(draft), Date.now()))}>
          {t('scoring.file.export')}
        </button>
      </div>
      <p id={domId('file-export-hint')} className="muted small">
        {t(draft ? 'scoring.file.exportHint' : 'scoring.file.exportInvalid')}
      </p>
      <div className="field">
        <label htmlFor={inputId}>{t('scoring.file.import')}</label>
        <input id={inputId} type="file" accept="application/json" disabled={reading} onChange={(e) => void onFile(e)} />
      </div>
      <div role="status" className="file-report">
        {report?.kind === 'imported' && (
          <>
            <p>{t('scoring.file.imported', { count: report.count, file: report.file })}</p>
            {report.notes.length > 0 && (
              <ul className="muted small" aria-label={t('scoring.file.notes')}>
                {report.notes.map((note, i) => (
                  <li key={i}>{note}</li>
                ))}
              </ul>
            )}
          </>
        )}
        {report?.kind === 'refused' && (
          <>
            <p className="error">{t('scoring.file.refused', { file: report.file })}</p>
            <ul className="error" aria-label={t('scoring.file.problems')}>
              {report.problems.map((problem, i) => (
                <li key={i}>{describeProblem(problem)}</li>
              ))}
            </ul>
          </>
        )}
        {report?.kind === 'unreadable' && <p className="error">{t('scoring.file.unreadable')}</p>}
      </div>
    </section>
  );
}
