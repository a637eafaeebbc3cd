import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import type { ScoringEditorProps, ScoringPreview } from '@/lib/scoring/preview-types';
import type { RuleSet } from '@/lib/scoring/schema';
import { candidateFromForm, createScoringEditorStore, formFromRuleSet, validateForm, type RuleSetForm, type Validation } from '@/lib/ui/scoring-editor-store';
import { writeFailureText } from '@/lib/ui/write-failure';
import { useStore } from 'zustand';
import { WriteFailure } from '../WriteFailure';
import { EditorContext, type EditorContextValue } from './context';
import { PersonaEditor } from './PersonaEditor';
import { PreviewPanel } from './PreviewPanel';
import { DecayEditor, ThresholdsEditor } from './QualificationEditor';
import { RuleList } from './RuleList';
import { RulesFile } from './RulesFile';
import '../scoring.css';

export type { ScoringEditorProps, ScoringPreview } from '@/lib/scoring/preview-types';

const PREVIEW_DELAY_MS = 300;

/** Errors the inputs show next to themselves; anything else is listed by the Save button. */
const FIELD_ERROR =
  /^(rules\.\d+\.(name|points|per|cap|condition\.(field|op|value|values|min|max|activity|atLeast|withinDays))|persona\.(name|titles|industries|sizeBands|locations)|decay\.(enabled|quietDays|weeklyLossPercent)|thresholds\.(mql|sql))(\.\d+)?$/;

function keyOf(ruleSetLike: unknown): string {
  return JSON.stringify(ruleSetLike);
}

/**
 * The draft as it would be saved (names trimmed…) when valid, else as typed: a draft that
 * differs from the saved rules only by what saving drops (a trailing space) has nothing to save.
 */
function formKeyOf(form: RuleSetForm, validation: Validation = validateForm(form)): string {
  return keyOf(validation.ok ? validation.ruleSet : candidateFromForm(form));
}

/**
 * The options page's scoring rules editor. Edits a draft; the draft is checked
 * against the schema on every change (messages next to the fields) and can only
 * be saved when valid. A valid draft is previewed (debounced).
 */
export function ScoringEditor(props: ScoringEditorProps) {
  const [store] = useState(() => createScoringEditorStore(props.saved));
  const uid = useId();
  const domId = useCallback((...parts: string[]) => [uid, 'scoring', ...parts].join('-'), [uid]);
  const form = useStore(store, (s) => s.form);
  const validation = useMemo(() => validateForm(form), [form]);
  const formKey = useMemo(() => formKeyOf(form, validation), [form, validation]);
  const savedKey = useMemo(() => formKeyOf(formFromRuleSet(props.saved)), [props.saved]);
  const dirty = formKey !== savedKey;
  const draftKey = validation.ok ? keyOf(validation.ruleSet) : undefined;

  // A new `saved` (saved here or elsewhere) replaces the draft unless the draft has unsaved edits.
  const lastSavedKey = useRef(savedKey);
  useEffect(() => {
    if (lastSavedKey.current === savedKey) return;
    const wasClean = formKeyOf(store.getState().form) === lastSavedKey.current;
    lastSavedKey.current = savedKey;
    if (wasClean) store.getState().load(props.saved);
  }, [savedKey, props.saved, store]);

  // Live preview of the valid draft, debounced; a late answer for an older draft is ignored.
  const previewFn = useRef(props.preview);
  useEffect(() => {
    previewFn.current = props.preview;
  }, [props.preview]);
  const [previewResult, setPreviewResult] = useState<{ key: string; preview?: ScoringPreview; failed?: boolean } | undefined>(undefined);
  const [lastPreview, setLastPreview] = useState<ScoringPreview | undefined>(undefined);
  useEffect(() => {
    if (draftKey === undefined) return;
    let live = true;
    const timer = setTimeout(() => {
      const draft = JSON.parse(draftKey) as RuleSet;
      previewFn.current(draft).then(
        (preview) => {
          if (!live) return;
          setPreviewResult({ key: draftKey, preview });
          setLastPreview(preview);
        },
        () => {
          if (live) setPreviewResult({ key: draftKey, failed: true });
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draftKey]);
  const previewPending = draftKey !== undefined && previewResult?.key !== draftKey;

  // Focus requests from list actions (move, duplicate, delete, add, done).
  const focus = useStore(store, (s) => s.focus);
  useEffect(() => {
    if (!focus) return;
    const id = focus.part === 'add' ? domId('add') : domId('rule', focus.ruleId ?? '', focus.part);
    document.getElementById(id)?.focus();
  }, [focus, domId]);

  const [saving, setSaving] = useState(false);
  const [report, setReport] = useState<{ key: MessageKey; tone: 'ok' | 'error'; formKey: string; failure?: string } | undefined>(undefined);
  const { onSave, defaults, rescore } = props;

  async function save() {
    if (!validation.ok || saving) return;
    setSaving(true);
    try {
      await onSave(validation.ruleSet);
      setReport({ key: 'scoring.saved', tone: 'ok', formKey });
    } catch (error) {
      setReport({ key: 'scoring.saveFailed', tone: 'error', formKey, failure: writeFailureText(error) });
    } finally {
      setSaving(false);
    }
  }

  function loadInto(ruleSet: RuleSet, key: MessageKey) {
    store.getState().load(ruleSet);
    setReport({ key, tone: 'ok', formKey: formKeyOf(formFromRuleSet(ruleSet)) });
  }

  const otherErrors = Object.entries(validation.errors).filter(([key]) => !FIELD_ERROR.test(key) && !/^rules\.\d+\.id$/.test(key));
  const ruleIdErrors = Object.keys(validation.errors).filter((key) => /^rules\.\d+\.id$/.test(key));
  const shownReport = report && report.formKey === formKey ? report : undefined;
  const announcement = useStore(store, (s) => s.announcement);

  const context: EditorContextValue = useMemo(
    () => ({ store, errors: validation.errors, preview: lastPreview, previewPending, domId }),
    [store, validation.errors, lastPreview, previewPending, domId],
  );

  return (
    <EditorContext.Provider value={context}>
      <div className="scoring-editor">
        <p className="muted">{t('scoring.intro')}</p>
        {rescore && (
          <div className="rescore">
            <p className="muted small">{t('scoring.rescoreProgress', { done: rescore.done, total: rescore.total })}</p>
            <progress aria-label={t('scoring.rescoring')} value={rescore.done} max={Math.max(rescore.total, 1)} />
          </div>
        )}
        <RuleList />
        <PreviewPanel valid={validation.ok} failed={!previewPending && previewResult?.failed === true} />
        <PersonaEditor />
        <ThresholdsEditor />
        <DecayEditor />
        <RulesFile draft={validation.ok ? validation.ruleSet : undefined} />

        <div className="scoring-savebar">
          {(otherErrors.length > 0 || ruleIdErrors.length > 0) && (
            <div role="alert" className="field-error">
              <p>{t('scoring.otherProblems')}</p>
              <ul>
                {otherErrors.map(([key, message]) => (
                  <li key={key}>{t('scoring.problem.at', { path: key, message })}</li>
                ))}
                {ruleIdErrors.length > 0 && <li>{t('scoring.error.id')}</li>}
              </ul>
            </div>
          )}
          <div className="actions">
            <button type="button" className="primary" disabled={!validation.ok || !dirty || saving} onClick={() => void save()}>
              {t(saving ? 'scoring.saving' : 'scoring.save')}
            </button>
            <button type="button" disabled={!dirty || saving} onClick={() => loadInto(props.saved, 'scoring.discarded')}>
              {t('scoring.discard')}
            </button>
            <button type="button" disabled={saving} onClick={() => loadInto(defaults, 'scoring.resetDone')}>
              {t('scoring.reset')}
            </button>
          </div>
          <p role="status" className={shownReport?.tone === 'error' ? 'error small' : 'muted small'}>
            {shownReport ? t(shownReport.key) : !validation.ok ? t('scoring.fixErrors') : dirty ? t('scoring.unsaved') : t('scoring.noChanges')}
          </p>
          <WriteFailure text={shownReport?.failure} />
        </div>
        <div role="status" className="visually-hidden">
          {announcement}
        </div>
      </div>
    </EditorContext.Provider>
  );
}
