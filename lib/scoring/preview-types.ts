import type { RuleSet, ScoreLabel } from './schema';

/** What the options page's live preview shows for a draft rule set. */
export type ScoringPreview = {
  leadCount: number;
  /** Rule id -> number of leads the rule matches (contributes to). */
  ruleMatches: Record<string, number>;
  /** MQL / SQL counts with the saved rules. */
  before: { mql: number; sql: number };
  /** MQL / SQL counts with the draft. */
  after: { mql: number; sql: number };
  /** Top 10 leads under the draft. */
  topLeads: { id: string; name: string; score: number; label: ScoreLabel }[];
};

export type ScoringEditorProps = {
  /** The rule set in force. */
  saved: RuleSet;
  /** For "Reset to defaults". */
  defaults: RuleSet;
  /** Persists (the page then rescores in the background). */
  onSave(ruleSet: RuleSet): Promise<void>;
  /** Live preview of a valid draft; the editor debounces calls (~300 ms). */
  preview(draft: RuleSet): Promise<ScoringPreview>;
  /** Background rescore progress, shown as a progress bar when defined. */
  rescore?: { done: number; total: number } | undefined;
};
