import { t, type MessageKey } from '@/lib/i18n';
import type { Stage } from '@/lib/pipeline/schema';
import type { StageFieldError } from './draft';
import { Field } from '../Field';
import { RemoveStagePrompt } from './RemoveStagePrompt';

export function errorText(error: StageFieldError | undefined): string | undefined {
  return error ? t(`pipeline.error.${error}` as MessageKey) : undefined;
}

function countText(count: number): string {
  if (count === 0) return t('pipeline.stage.leadsNone');
  return t('pipeline.stage.leads', { count });
}

const KIND_KEY: Record<Stage['kind'], MessageKey> = {
  new: 'pipeline.stage.kind.new',
  open: 'pipeline.stage.kind.new',
  won: 'pipeline.stage.kind.won',
  lost: 'pipeline.stage.kind.lost',
};

export type StageRowProps = {
  stage: Stage;
  nameText: string;
  probabilityText: string;
  nameError: StageFieldError | undefined;
  probabilityError: StageFieldError | undefined;
  count: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** Undefined: the stage cannot be removed (new, won, lost). A string: why the button is disabled. */
  removable: true | string | undefined;
  removing: { targets: Stage[]; defaultTarget: string; sequences: readonly string[] } | undefined;
  domId: (...parts: string[]) => string;
  onName: (text: string) => void;
  onProbability: (text: string) => void;
  onMove: (direction: 'up' | 'down') => void;
  onRemove: () => void;
  onConfirmRemove: (moveTo: string) => void;
  onCancelRemove: () => void;
};

/** One stage: its name and probability fields, what kind it is, how many leads are in it, and its actions. */
export function StageRow(props: StageRowProps) {
  const { stage, domId } = props;
  const id = (part: string) => domId('stage', stage.id, part);
  const name = stage.name;
  const fixed = stage.kind === 'won' || stage.kind === 'lost';
  return (
    <li className="stage" aria-label={name}>
      <div className="stage-row">
        <Field id={id('name')} label={t('pipeline.stage.name')} error={errorText(props.nameError)}>
          {(a11y) => <input {...a11y} type="text" value={props.nameText} maxLength={80} autoComplete="off" onChange={(event) => props.onName(event.target.value)} />}
        </Field>
        {fixed ? (
          <div className="field">
            <span className="muted small">{t('pipeline.stage.probability')}</span>
            <span className="stage-fixed">{t('pipeline.stage.fixedProbability', { value: stage.probability })}</span>
          </div>
        ) : (
          <Field id={id('probability')} label={t('pipeline.stage.probability')} error={errorText(props.probabilityError)}>
            {(a11y) => <input {...a11y} type="text" inputMode="numeric" value={props.probabilityText} maxLength={6} autoComplete="off" onChange={(event) => props.onProbability(event.target.value)} />}
          </Field>
        )}
        <span className="muted small stage-count">{countText(props.count)}</span>
        <div className="stage-meta">
          {stage.kind !== 'open' && <span className="muted small">{t(KIND_KEY[stage.kind])}</span>}
          {stage.kind === 'open' && (
            <div className="stage-actions">
              <button type="button" id={id('up')} aria-label={t('pipeline.stage.moveUp', { name })} title={t('pipeline.stage.moveUp', { name })} disabled={!props.canMoveUp} onClick={() => props.onMove('up')}>
                ↑
              </button>
              <button type="button" id={id('down')} aria-label={t('pipeline.stage.moveDown', { name })} title={t('pipeline.stage.moveDown', { name })} disabled={!props.canMoveDown} onClick={() => props.onMove('down')}>
                ↓
              </button>
              <button
                type="button"
                id={id('remove')}
                aria-label={t('pipeline.stage.remove', { name })}
                title={typeof props.removable === 'string' ? props.removable : t('pipeline.stage.remove', { name })}
                disabled={props.removable !== true || props.removing !== undefined}
                onClick={props.onRemove}
              >
                {t('pipeline.stage.removeShort')}
              </button>
            </div>
          )}
        </div>
      </div>
      {props.removing && (
        <RemoveStagePrompt
          id={id('removing')}
          name={name}
          count={props.count}
          sequences={props.removing.sequences}
          targets={props.removing.targets}
          defaultTarget={props.removing.defaultTarget}
          onConfirm={props.onConfirmRemove}
          onCancel={props.onCancelRemove}
        />
      )}
    </li>
  );
}
