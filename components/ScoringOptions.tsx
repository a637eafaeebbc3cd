import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { previewDraft } from '@/lib/db/preview';
import { getRescoreJob, getScoring } from '@/lib/db/settings';
import { t } from '@/lib/i18n';
import { DEFAULT_RULESET } from '@/lib/scoring/defaults';
import type { ScoringPreview } from '@/lib/scoring/preview-types';
import type { RuleSet } from '@/lib/scoring/schema';
import { useDb } from './db-context';
import { ScoringEditor } from './scoring/ScoringEditor';
import { localizeRuleSet } from '@/lib/i18n/default-names';

/** The options page's scoring section: the rules in force, their editor, the live preview and the rescore progress. */
export function ScoringOptions({ save }: { save(ruleSet: RuleSet): Promise<void> }) {
  const db = useDb();
  const scoring = useLiveQuery(() => getScoring(db), [db]);
  const job = useLiveQuery(() => getRescoreJob(db), [db]);
  // Shipped rule names read in the rep's language until renamed (saving keeps them so).
  const saved = useMemo(() => scoring && localizeRuleSet(scoring.ruleSet), [scoring]);
  const defaults = useMemo(() => localizeRuleSet(DEFAULT_RULESET), []);
  const preview = useCallback(
    async (draft: RuleSet): Promise<ScoringPreview> => {
      const totals = await previewDraft(db, draft, Date.now());
      if (!totals) throw new Error('preview cancelled');
      return totals;
    },
    [db],
  );
  if (!scoring || !saved) return <p className="muted">{t('common.loading')}</p>;
  return (
    <section id="scoring" aria-labelledby="scoring-title">
      <h2 id="scoring-title">{t('scoring.title')}</h2>
      <ScoringEditor
        saved={saved}
        defaults={defaults}
        onSave={save}
        preview={preview}
        rescore={job && !job.finished ? { done: job.done, total: job.total } : undefined}
      />
    </section>
  );
}
