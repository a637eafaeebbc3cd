import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { previewDraft } from '@/lib/db/preview';
import { getRescoreJob, getScoring } from '@/lib/db/settings';
import { t } from '@/lib/i18n';
import type { ScoringPreview } from '@/lib/scoring/preview-types';
import type { RuleSet } from '@/lib/scoring/schema';
import { useDb } from './db-context';
import { ScoringSection } from './scoring/ScoringSection';

/** The options page's scoring section: the rules in force, their editor, the live preview and the rescore progress. */
export function ScoringOptions({ save }: { save(ruleSet: RuleSet): Promise<void> }) {
  const db = useDb();
  const scoring = useLiveQuery(() => getScoring(db), [db]);
  const job = useLiveQuery(() => getRescoreJob(db), [db]);
  const preview = useCallback(
    async (draft: RuleSet): Promise<ScoringPreview> => {
      const totals = await previewDraft(db, draft, Date.now());
      if (!totals) throw new Error('preview cancelled');
      return totals;
    },
    [db],
  );
  if (!scoring) return <p className="muted">{t('common.loading')}</p>;
  return <ScoringSection ruleSet={scoring.ruleSet} job={job} save={save} preview={preview} />;
}
