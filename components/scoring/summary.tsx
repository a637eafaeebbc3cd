import { currentLocale, t } from '@/lib/i18n';
import type { FIT_NUMBER_FIELDS, FIT_TEXT_FIELDS } from '@/lib/scoring/schema';
import type { ACTIVITY_KINDS } from '@/lib/schema/records';
import { parseTerms, type RuleForm } from '@/lib/ui/scoring-editor-store';

/** Plain-language text for the rules list (no JSX: shared by the row and the form). */

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(currentLocale()).format(n);
}

export function ruleDisplayName(rule: RuleForm): string {
  return rule.name.trim() || t('scoring.rules.unnamed');
}

export function fieldLabel(field: (typeof FIT_TEXT_FIELDS)[number] | (typeof FIT_NUMBER_FIELDS)[number]): string {
  return t(`scoring.field.${field}`);
}

export function activityLabel(activity: (typeof ACTIVITY_KINDS)[number]): string {
  return t(`scoring.activity.${activity}`);
}

/** "Title contains “sales”", "E-mail opened at least 2 times in the last 30 days". */
export function conditionSummary(rule: RuleForm, personaName: string): string {
  switch (rule.kind) {
    case 'text': {
      const field = fieldLabel(rule.textField);
      if (rule.textOp === 'isOneOf') {
        const values = parseTerms(rule.text)
          .map((term) => t('scoring.summary.term', { term }))
          .join(t('scoring.summary.listSeparator'));
        return t('scoring.summary.isOneOf', { field, values });
      }
      return t(`scoring.summary.${rule.textOp}`, { field, value: rule.text.trim() });
    }
    case 'number': {
      const field = fieldLabel(rule.numberField);
      if (rule.numberOp === 'between') return t('scoring.summary.between', { field, min: rule.min.trim(), max: rule.max.trim() });
      return t(`scoring.summary.${rule.numberOp}`, { field, value: rule.number.trim() });
    }
    case 'persona':
      return t('scoring.summary.persona', { name: personaName.trim() });
    case 'activity': {
      const activity = activityLabel(rule.activity);
      const count = rule.atLeast.trim();
      return count === '1' ? t('scoring.summary.activityOnce', { activity, days: rule.withinDays.trim() }) : t('scoring.summary.activity', { activity, count, days: rule.withinDays.trim() });
    }
  }
}

/** "+10", "−5 per occurrence", "+1 per occurrence (at most 10)". */
export function pointsSummary(rule: RuleForm): string {
  const n = Number(rule.points.trim());
  const points = rule.points.trim() === '' || !Number.isFinite(n) ? '?' : n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : '0';
  const base = rule.kind === 'activity' && rule.per === 'occurrence' ? t('scoring.points.perOccurrence', { points }) : t('scoring.points.perMatch', { points });
  return rule.cap.trim() === '' ? base : t('scoring.points.capped', { points: base, cap: rule.cap.trim() });
}

