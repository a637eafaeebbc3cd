import type { Company, Lead } from '../schema/records';
import { scoringInputOf } from './apply';
import { createScorer } from './engine';
import type { ScoringPreview } from './preview-types';
import type { RuleSet, ScoreLabel } from './schema';

/** The preview's figures are the editor's `ScoringPreview`, one type for both. */
export type PreviewTotals = ScoringPreview;

const TOP = 10;

/**
 * Accumulates the options page's live preview over leads fed in chunks: how many
 * leads each draft rule matches, MQL/SQL counts now (stored labels) and under the
 * draft, and the draft's top leads. Pure: the caller reads the leads.
 */
export function createPreview(draft: RuleSet, now: number) {
  const score = createScorer(draft);
  const totals: PreviewTotals = { leadCount: 0, ruleMatches: {}, before: { mql: 0, sql: 0 }, after: { mql: 0, sql: 0 }, topLeads: [] };
  for (const rule of draft.rules) totals.ruleMatches[rule.id] = 0;
  const count = (bucket: { mql: number; sql: number }, label: ScoreLabel) => {
    if (label !== 'cold') bucket[label] += 1;
  };
  return {
    add(lead: Lead, company: Company | undefined) {
      totals.leadCount += 1;
      count(totals.before, lead.scoreLabel);
      const result = score(scoringInputOf(lead, company), now);
      // A hand-set label is kept when the draft scores lower, as it would be on save.
      const label = lead.labelByHand && rank(lead.scoreLabel) > rank(result.label) ? lead.scoreLabel : result.label;
      count(totals.after, label);
      for (const part of result.contributions) totals.ruleMatches[part.ruleId] = (totals.ruleMatches[part.ruleId] ?? 0) + 1;
      const top = totals.topLeads;
      if (top.length < TOP || result.total > top[top.length - 1]!.score) {
        top.push({ id: lead.id, name: lead.fullName ?? lead.email ?? '', score: result.total, label });
        top.sort((a, b) => b.score - a.score);
        if (top.length > TOP) top.pop();
      }
    },
    result: (): PreviewTotals => structuredClone(totals),
  };
}

function rank(label: ScoreLabel): number {
  return label === 'sql' ? 2 : label === 'mql' ? 1 : 0;
}
