import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect } from 'react';
import { previewDraft } from '@/lib/db/preview';
import { getRescoreJob, getScoring } from '@/lib/db/settings';
import { t } from '@/lib/i18n';
import type { ScoringPreview } from '@/lib/scoring/preview-types';
import type { RuleSet } from '@/lib/scoring/schema';
import { useDb } from './db-context';
import type { FirstScoring } from './options/OptionsFirstView';
import { ScoringSection } from './scoring/ScoringSection';

/**
 * The options page's scoring section: the rules in force, their editor, the live preview and
 * the rescore progress. `first`: what the page's first view drew (lib/pages/options-start.tsx),
 * drawn the same until both live reads answer, so the section does not fall back to
 * "Loading…" when the live page takes over; `onLive` then lets the page drop it for good.
 */
export function ScoringOptions({ save, first, onLive }: { save(ruleSet: RuleSet): Promise<void>; first?: FirstScoring; onLive?(): void }) {
  const db = useDb();
  const scoring = useLiveQuery(() => getScoring(db), [db]);
  // Wrapped, so "no job" (undefined) is told apart from "not read yet".
  const read = useLiveQuery(async () => ({ job: await getRescoreJob(db) }), [db]);
  const live = scoring !== undefined && read !== undefined;
  useEffect(() => {
    if (live) onLive?.();
  }, [live, onLive]);
  const preview = useCallback(
    async (draft: RuleSet): Promise<ScoringPreview> => {
      const totals = await previewDraft(db, draft, Date.now());
      if (!totals) throw new Error('preview cancelled');
      return totals;
    },
    [db],
  );
  const ruleSet = live ? scoring.ruleSet : first?.ruleSet;
  if (!ruleSet) return <p className="muted">{t('common.loading')}</p>;
  return <ScoringSection ruleSet={ruleSet} job={live ? read.job : first?.job} save={save} preview={preview} />;
}
