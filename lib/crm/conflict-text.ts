import { currentLocale, t } from '../i18n';
import { formatMoney } from '../pipeline/deal-input';
import type { PipelineSettings } from '../pipeline/schema';
import type { PullConflict } from './sync/conflicts';

/**
 * A pull conflict in words: which value the lead kept and which one lost, with stages by
 * their names and amounts as money. `currency`: the lead's (a pulled amount is in the CRM
 * account's, which the lead then carries). Pure but for the active locale.
 */
export function conflictText(conflict: PullConflict, pipeline: PipelineSettings, currency: string): string {
  const show = (value: string | number | undefined, ours: boolean): string => {
    if (value === undefined) return t('crm.conflicts.empty');
    if (typeof value === 'number') return formatMoney(value, currency, currentLocale());
    return ours ? (pipeline.stages.find((s) => s.id === value)?.name ?? value) : value;
  };
  const here = show(conflict.here, true);
  if (conflict.unmapped) return t('crm.conflicts.unmapped', { crm: show(conflict.crm, false), here });
  const crm = show(conflict.crm, true);
  const field = t(conflict.field === 'stage' ? 'crm.conflicts.field.stage' : 'crm.conflicts.field.amount');
  return conflict.kept === 'here' ? t('crm.conflicts.keptHere', { field, here, crm }) : t('crm.conflicts.keptCrm', { field, here, crm });
}
