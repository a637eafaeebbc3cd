import { useEffect, useRef, useState } from 'react';
import { formatList, t } from '@/lib/i18n';
import type { Stage } from '@/lib/pipeline/schema';

/** Asks where the leads (and the sequence triggers) of a stage being removed should go; nothing changes until Confirm. */
export function RemoveStagePrompt({
  id,
  name,
  count,
  sequences = [],
  targets,
  defaultTarget,
  onConfirm,
  onCancel,
}: {
  id: string;
  name: string;
  count: number;
  /** Names of the sequences started when a lead enters this stage: they will start at the stage chosen. */
  sequences?: readonly string[];
  targets: Stage[];
  defaultTarget: string;
  onConfirm: (moveTo: string) => void;
  onCancel: () => void;
}) {
  const [moveTo, setMoveTo] = useState(defaultTarget);
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    selectRef.current?.focus();
  }, []);
  // Every lead saved enters the entry stage: a trigger moved there would start for every capture, so it goes (lib/db/stage.ts).
  const ontoEntry = targets.find((stage) => stage.id === moveTo)?.kind === 'new';
  const titleId = `${id}-title`;
  const selectId = `${id}-target`;
  return (
    <div
      className="stage-remove"
      role="group"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h4 id={titleId} className="visually-hidden">
        {t('pipeline.remove.title', { name })}
      </h4>
      {count > 0 && <p>{t('pipeline.remove.question', { name, count })}</p>}
      {sequences.length > 0 && (
        <p>
          {t(ontoEntry ? 'pipeline.remove.sequencesDropped' : 'pipeline.remove.sequences', { name, count: sequences.length, names: formatList(sequences) })}
        </p>
      )}
      <div className="field">
        <label htmlFor={selectId}>{t('pipeline.remove.moveTo')}</label>
        <select id={selectId} ref={selectRef} value={moveTo} onChange={(event) => setMoveTo(event.target.value)}>
          {targets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={() => onConfirm(moveTo)}>
          {t('pipeline.remove.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
