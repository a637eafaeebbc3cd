import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import type { CrmPipeline, StageMapping as Mapping } from '@/lib/crm/connector';
import { proposeStageMapping } from '@/lib/crm/stages';
import { getCrmMapping, saveCrmMapping } from '@/lib/db/settings';
import { formatList, t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/transport';
import { useDb } from '../db-context';
import { usePipeline } from '../use-pipeline';

type Load = { pipelines: CrmPipeline[] } | { problem: 'not-connected' | 'refused' | 'missing-scopes' | 'unreachable' | 'unexpected'; scopes?: readonly string[] } | undefined;

/**
 * Which HubSpot deal pipeline the sync writes deals to, and which of its stages each of ours
 * becomes. A proposal (lib/crm/stages.ts) until the rep saves; saved in settings and used by
 * every push from then on. Choosing another pipeline proposes again for it.
 */
export function StageMappingForm() {
  const db = useDb();
  const ours = usePipeline();
  const saved = useLiveQuery(async () => (await getCrmMapping(db)) ?? null, [db]);
  const [load, setLoad] = useState<Load>();
  const [draft, setDraft] = useState<Mapping>();
  const [status, setStatus] = useState<'saved' | 'failed'>();
  const pipelineId = useId();

  useEffect(() => {
    let live = true;
    sendToBackground({ type: 'crm.pipelines' })
      .then((answer) => live && setLoad(answer.ok ? { pipelines: answer.pipelines } : { problem: answer.reason, scopes: answer.scopes }))
      .catch(() => live && setLoad({ problem: 'unexpected' }));
    return () => void (live = false);
  }, []);

  const pipelines = load && 'pipelines' in load ? load.pipelines : undefined;
  if (load && 'problem' in load) {
    return (
      <p className="field-error" data-testid="crm-mapping-problem">
        {load.problem === 'missing-scopes' ? t('crm.mapping.missingScopes', { count: load.scopes?.length ?? 0, scopes: formatList(load.scopes ?? []) }) : t('crm.mapping.unavailable')}
      </p>
    );
  }
  // Until the rep edits: the saved mapping when its pipeline still exists, else a proposal for the first pipeline.
  const first = pipelines?.find((p) => p.id === saved?.pipelineId) ?? pipelines?.[0];
  const shown = draft ?? (first && ours && saved !== undefined ? (saved && saved.pipelineId === first.id ? saved : proposeStageMapping(ours.stages, first)) : undefined);
  if (!pipelines || !ours || !shown) return <p className="muted">{t('common.loading')}</p>;
  const pipeline = pipelines.find((p) => p.id === shown.pipelineId);

  function choosePipeline(id: string) {
    const next = pipelines!.find((p) => p.id === id);
    if (next) setDraft(saved?.pipelineId === id ? saved : proposeStageMapping(ours!.stages, next));
    setStatus(undefined);
  }

  async function save() {
    try {
      await saveCrmMapping(db, shown!, Date.now());
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <form
      className="crm-mapping"
      data-testid="crm-mapping"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3>{t('crm.mapping.title')}</h3>
      <p className="small">{t('crm.mapping.help')}</p>
      <p>
        <label htmlFor={pipelineId}>{t('crm.mapping.pipeline')}</label>{' '}
        <select id={pipelineId} value={shown.pipelineId} onChange={(e) => choosePipeline(e.target.value)}>
          {pipelines.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('crm.mapping.ours')}</th>
            <th scope="col">{t('crm.mapping.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {ours.stages.map((stage) => (
            <tr key={stage.id}>
              <th scope="row">{stage.name}</th>
              <td>
                <select
                  aria-label={t('crm.mapping.stageFor', { stage: stage.name })}
                  value={shown.stages[stage.id] ?? ''}
                  onChange={(e) => {
                    const stages = { ...shown.stages };
                    if (e.target.value) stages[stage.id] = e.target.value;
                    else delete stages[stage.id];
                    setDraft({ ...shown, stages });
                    setStatus(undefined);
                  }}
                >
                  <option value="">{t('crm.mapping.none')}</option>
                  {pipeline?.stages.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="button-row">
        <button type="submit">{t('crm.mapping.save')}</button>
        {status === 'saved' && <span role="status">{t('crm.mapping.saved')}</span>}
      </p>
      {status === 'failed' && (
        <p role="alert" className="field-error">
          {t('crm.error.unexpected')}
        </p>
      )}
    </form>
  );
}
