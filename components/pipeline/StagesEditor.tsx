import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import { MAX_STAGES, addStage, canMoveStage, moveStage, moveTargets, newStageId, removeStage, stageName, type StageMove } from '@/lib/pipeline/stages-edit';
import { AddStageForm } from './AddStageForm';
import { addMove, countsAfterMoves, deriveDraft, draftFrom, nameTaken, pipelineKey, type StageFieldError, type StagesDraft } from './draft';
import { Field } from '../Field';
import { WriteFailure } from '../WriteFailure';
import { writeFailureText } from '@/lib/ui/write-failure';
import { currencyChoices, currencyLabel } from '../format';
import { StageRow } from './StageRow';
import type { Sequence } from '@/lib/sequences/schema';
import { sequencesEntering } from '@/lib/sequences/stage-triggers';
import './pipeline.css';

export type StagesEditorProps = {
  pipeline: PipelineSettings;
  /** Leads per stage id, as saved. */
  leadCounts: Record<string, number>;
  /** Save the stage list; leads in removed stages move as `moves` say (apply each move to the leads in `from`). */
  onSave: (next: PipelineSettings, moves: StageMove[]) => Promise<void>;
  /** The sequences (names as shown): removing a stage moves their "enters this stage" triggers with its leads, and the prompt says so. */
  sequences?: readonly Sequence[];
};

function draftKey(draft: StagesDraft): string {
  return JSON.stringify([pipelineKey(draft.base), draft.names, draft.probabilities, draft.moves]);
}

type FocusRequest = { id: string; fallback?: string; n: number };

/**
 * The options page's pipeline stages editor. Stages can be renamed, given a
 * probability, reordered (open stages among themselves), added (before won)
 * and removed (leads in a removed stage are moved to a stage the rep picks).
 * Everything is a draft until Save; Discard returns to what is saved.
 */
export function StagesEditor({ pipeline, leadCounts, onSave, sequences = [] }: StagesEditorProps) {
  const uid = useId();
  const domId = useCallback((...parts: string[]) => [uid, 'pipeline', ...parts].join('-').replace(/:/g, ''), [uid]);
  const [baseline, setBaseline] = useState(pipeline);
  const [draft, setDraft] = useState<StagesDraft>(() => draftFrom(pipeline));
  const [removing, setRemoving] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [report, setReport] = useState<{ key: MessageKey; tone: 'ok' | 'error'; draftKey: string; failure?: string } | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<FocusRequest | undefined>(undefined);

  const derived = useMemo(() => deriveDraft(draft), [draft]);
  const baselineKey = pipelineKey(baseline);
  const derivedKey = pipelineKey(derived.pipeline);
  const dirty = !derived.valid || derivedKey !== baselineKey || draft.moves.length > 0;
  const stateKey = draftKey(draft);

  // A new saved pipeline (saved here or elsewhere) replaces the draft unless the draft has unsaved edits.
  const incomingKey = pipelineKey(pipeline);
  const lastIncoming = useRef(incomingKey);
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);
  useEffect(() => {
    if (lastIncoming.current === incomingKey) return;
    lastIncoming.current = incomingKey;
    setBaseline(pipeline);
    if (!dirtyRef.current) {
      setDraft(draftFrom(pipeline));
      setRemoving(undefined);
    }
  }, [incomingKey, pipeline]);

  useEffect(() => {
    if (!focus) return;
    const target = document.getElementById(focus.id);
    if (target && !(target instanceof HTMLButtonElement && target.disabled)) target.focus();
    else if (focus.fallback) document.getElementById(focus.fallback)?.focus();
  }, [focus]);

  const savedIds = useMemo(() => new Set(baseline.stages.map((s) => s.id)), [baseline]);
  const counts = useMemo(() => countsAfterMoves(leadCounts, draft.moves), [leadCounts, draft.moves]);
  const openCount = draft.base.stages.filter((s) => s.kind === 'open').length;
  const focusCounter = useRef(0);
  const requestFocus = (id: string, fallback?: string) => setFocus({ id, fallback, n: ++focusCounter.current });

  function edit(update: (d: StagesDraft) => StagesDraft) {
    setDraft((d) => update(d));
  }

  function move(id: string, direction: 'up' | 'down') {
    const result = moveStage(draft.base, id, direction);
    if (!result.ok) return;
    setDraft({ ...draft, base: result.pipeline });
    const position = result.pipeline.stages.findIndex((s) => s.id === id) + 1;
    setAnnouncement(t('pipeline.announce.moved', { name: stageName(derived.pipeline, id), position }));
    requestFocus(domId('stage', id, direction), domId('stage', id, direction === 'up' ? 'down' : 'up'));
  }

  function defaultTarget(id: string): string {
    const targets = moveTargets(draft.base, id);
    const index = draft.base.stages.findIndex((s) => s.id === id);
    const before = draft.base.stages.slice(0, index).reverse().find((s) => targets.some((x) => x.id === s.id));
    return before?.id ?? targets[0]?.id ?? '';
  }

  function remove(id: string, moveTo: string) {
    const name = stageName(derived.pipeline, id);
    const result = removeStage(draft.base, id, moveTo);
    setRemoving(undefined);
    if (!result.ok) return;
    const names = { ...draft.names };
    const probabilities = { ...draft.probabilities };
    delete names[id];
    delete probabilities[id];
    setDraft({ base: result.pipeline, names, probabilities, moves: addMove(draft.moves, result.move, savedIds) });
    setAnnouncement(t('pipeline.announce.removed', { name }));
    requestFocus(domId('list', 'title'));
  }

  /** Sequences started when a lead enters `id`, once the pending moves are made (their triggers move with its leads). */
  const triggeredBy = (id: string) => sequencesEntering(sequences, id, draft.moves).map((s) => s.name);

  function startRemove(id: string) {
    if ((counts[id] ?? 0) > 0 || triggeredBy(id).length > 0) setRemoving(id);
    else remove(id, defaultTarget(id));
  }

  function add(name: string, probability: number): StageFieldError | undefined {
    const taken = nameTaken(derived.pipeline, draft.names, name);
    if (taken) return taken;
    // Ids of stages removed before (the pipeline remembers them) must not come back: their history and funnel paths still name them.
    const usedIds = new Set([...savedIds, ...draft.moves.map((m) => m.from), ...Object.keys(baseline.removed ?? {})]);
    const result = addStage(draft.base, name, probability, (n, inUse) => newStageId(n, new Set([...inUse, ...usedIds])));
    if (!result.ok) return result.error;
    setDraft({
      ...draft,
      base: result.pipeline,
      names: { ...draft.names, [result.stage.id]: result.stage.name },
      probabilities: { ...draft.probabilities, [result.stage.id]: String(result.stage.probability) },
    });
    setAnnouncement(t('pipeline.announce.added', { name: result.stage.name }));
    requestFocus(domId('stage', result.stage.id, 'name'));
    return undefined;
  }

  function discard() {
    setDraft(draftFrom(baseline));
    setRemoving(undefined);
    setReport(undefined);
  }

  async function save() {
    if (!derived.valid || !dirty || saving) return;
    const next = derived.pipeline;
    const moves = draft.moves;
    setSaving(true);
    try {
      await onSave(next, moves);
      const fresh = draftFrom(next);
      setBaseline(next);
      setDraft(fresh);
      setRemoving(undefined);
      setReport({ key: 'pipeline.saved', tone: 'ok', draftKey: draftKey(fresh) });
    } catch (error) {
      // The draft stays as edited; the reason is said beside the save button.
      setReport({ key: 'pipeline.saveFailed', tone: 'error', draftKey: stateKey, failure: writeFailureText(error) });
    } finally {
      setSaving(false);
    }
  }

  const shownReport = report && report.draftKey === stateKey ? report : undefined;
  const currencies = currencyChoices(draft.base.currency);
  const status = saving ? t('pipeline.saving') : shownReport ? t(shownReport.key) : !derived.valid ? t('pipeline.invalid') : dirty ? t('pipeline.unsaved') : t('pipeline.unchanged');

  return (
    <div className="stages-editor">
      <p className="muted">{t('pipeline.stages.intro')}</p>
      <section aria-labelledby={domId('list', 'title')}>
        <h3 id={domId('list', 'title')} tabIndex={-1}>
          {t('pipeline.stages.list')}
        </h3>
        <ol className="stage-list" aria-labelledby={domId('list', 'title')}>
          {draft.base.stages.map((base) => {
            const stage = derived.pipeline.stages.find((s) => s.id === base.id) ?? base;
            const errors = derived.errors[base.id];
            return (
              <StageRow
                key={base.id}
                stage={stage}
                nameText={draft.names[base.id] ?? base.name}
                probabilityText={draft.probabilities[base.id] ?? String(base.probability)}
                nameError={errors?.name}
                probabilityError={errors?.probability}
                count={counts[base.id] ?? 0}
                canMoveUp={canMoveStage(draft.base, base.id, 'up')}
                canMoveDown={canMoveStage(draft.base, base.id, 'down')}
                removable={base.kind !== 'open' ? undefined : openCount > 1 ? true : t('pipeline.error.last-open-stage')}
                removing={removing === base.id ? { targets: moveTargets(derived.pipeline, base.id), defaultTarget: defaultTarget(base.id), sequences: triggeredBy(base.id) } : undefined}
                domId={domId}
                onName={(text) => edit((d) => ({ ...d, names: { ...d.names, [base.id]: text } }))}
                onProbability={(text) => edit((d) => ({ ...d, probabilities: { ...d.probabilities, [base.id]: text } }))}
                onMove={(direction) => move(base.id, direction)}
                onRemove={() => startRemove(base.id)}
                onConfirmRemove={(to) => remove(base.id, to)}
                onCancelRemove={() => {
                  setRemoving(undefined);
                  requestFocus(domId('stage', base.id, 'remove'));
                }}
              />
            );
          })}
        </ol>
      </section>

      <AddStageForm domId={domId} onAdd={add} disabledReason={draft.base.stages.length >= MAX_STAGES ? 'pipeline.error.too-many' : undefined} />

      <section>
        <Field id={domId('currency')} label={t('pipeline.currency')} error={undefined} hint={t('pipeline.currency.hint')}>
          {(a11y) => (
            <select {...a11y} value={draft.base.currency} onChange={(event) => edit((d) => ({ ...d, base: { ...d.base, currency: event.target.value } }))}>
              {currencies.map((code) => (
                <option key={code} value={code}>
                  {currencyLabel(code)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </section>

      <div className="stages-savebar">
        {draft.moves.length > 0 && (
          <section aria-labelledby={domId('moves', 'title')}>
            <h3 id={domId('moves', 'title')}>{t('pipeline.moves.title')}</h3>
            <ul className="stages-moves">
              {draft.moves.map((m) => (
                <li key={m.from}>{t('pipeline.moves.item', { from: stageName(baseline, m.from), to: stageName(derived.pipeline, m.to) })}</li>
              ))}
            </ul>
          </section>
        )}
        <div className="actions">
          <button type="button" className="primary" disabled={!derived.valid || !dirty || saving} onClick={() => void save()}>
            {t('pipeline.save')}
          </button>
          <button type="button" disabled={!dirty || saving} onClick={discard}>
            {t('pipeline.discard')}
          </button>
        </div>
        <p role="status" className={shownReport?.tone === 'error' ? 'error small' : 'muted small'}>
          {status}
        </p>
        <WriteFailure text={shownReport?.failure} />
      </div>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
