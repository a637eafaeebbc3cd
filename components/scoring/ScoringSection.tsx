import { useMemo } from 'react';
import { t } from '@/lib/i18n';
import { localizeRuleSet, unlocalizeRuleSet } from '@/lib/i18n/default-names';
import type { RescoreJob } from '@/lib/db/jobs';
import { DEFAULT_RULESET } from '@/lib/scoring/defaults';
import type { ScoringPreview } from '@/lib/scoring/preview-types';
import type { RuleSet } from '@/lib/scoring/schema';
import { ScoringEditor } from './ScoringEditor';

type Props = { ruleSet: RuleSet; job: RescoreJob | undefined; save(ruleSet: RuleSet): Promise<void>; preview(draft: RuleSet): Promise<ScoringPreview> };

/**
 * The scoring section as drawn, from the rules and rescore job however they were read:
 * by the live page's queries (ScoringOptions) or by the options page's first read
 * (lib/pages/options-start.tsx), so both draw the same markup.
 */
export function ScoringSection({ ruleSet, job, save, preview }: Props) {
  // Shipped rule names read in the rep's language until renamed; saved as shipped, so a later language change still applies.
  const saved = useMemo(() => localizeRuleSet(ruleSet), [ruleSet]);
  const defaults = useMemo(() => localizeRuleSet(DEFAULT_RULESET), []);
  return (
    <section id="scoring" aria-labelledby="scoring-title">
      <h2 id="scoring-title">{t('scoring.title')}</h2>
      <ScoringEditor saved={saved} defaults={defaults} onSave={(draft) => save(unlocalizeRuleSet(draft))} preview={preview} rescore={job && !job.finished ? { done: job.done, total: job.total } : undefined} />
    </section>
  );
}
