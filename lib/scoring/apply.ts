import type { ActivityKind, Company, Lead } from '../schema/records';
import { scoreLead } from './engine';
import { nextQualification } from './qualify';
import { ACTIVITY_TIMES_KEPT, type RuleSet, type ScoreResult, type ScoringInput } from './schema';

type Kind = (typeof ActivityKind)['options'][number];

const HISTORY_MAX = 30;
const SUMMARY_MAX = ACTIVITY_TIMES_KEPT;

/** What the engine sees of a stored lead and its company. */
export function scoringInputOf(lead: Lead, company: Company | undefined): ScoringInput {
  return {
    title: lead.title,
    headline: lead.headline,
    companyName: lead.companyName,
    industry: company?.industry,
    sizeBand: company?.sizeBand,
    location: lead.location,
    source: lead.source,
    email: lead.email,
    phone: lead.phone,
    tags: lead.tags,
    activity: lead.activitySummary,
  };
}

/** The explanation of a lead's score right now (side panel, lead list). */
export function explainLead(lead: Lead, company: Company | undefined, ruleSet: RuleSet, now: number): ScoreResult {
  return scoreLead(scoringInputOf(lead, company), ruleSet, now);
}

/**
 * Score a lead and carry its qualification forward. Returns the lead unchanged
 * (same object) when nothing about its score moved, so callers can skip the write.
 */
export function applyScore(lead: Lead, company: Company | undefined, ruleSet: RuleSet, now: number): { lead: Lead; crossedSql: boolean } {
  const result = explainLead(lead, company, ruleSet, now);
  const next = nextQualification({ label: lead.scoreLabel, labelByHand: lead.labelByHand, sqlAt: lead.sqlAt }, result, now);
  if (result.total === lead.score && next.label === lead.scoreLabel && next.labelByHand === lead.labelByHand && next.sqlAt === lead.sqlAt) {
    return { lead, crossedSql: false };
  }
  const changed = result.total !== lead.score || next.label !== lead.scoreLabel;
  const scoreHistory = changed ? [...lead.scoreHistory, { at: now, score: result.total, label: next.label }].slice(-HISTORY_MAX) : lead.scoreHistory;
  return {
    lead: { ...lead, score: result.total, scoreLabel: next.label, labelByHand: next.labelByHand, sqlAt: next.sqlAt, scoreHistory },
    // Tell the rep the first time only; a lead bouncing around the threshold is not news.
    crossedSql: next.crossedSql && lead.sqlAt === undefined,
  };
}

/** Remember an activity's time on the lead, newest kept, for scoring without reading activities. */
export function withActivity(lead: Lead, kind: Kind, at: number): Lead {
  const times = [...(lead.activitySummary[kind] ?? []), at].sort((a, b) => a - b).slice(-SUMMARY_MAX);
  return { ...lead, activitySummary: { ...lead.activitySummary, [kind]: times } };
}

/** Summaries for many activities at once (schema upgrade, imports). */
export function summarizeActivities(activities: { kind: Kind; at: number }[]): Lead['activitySummary'] {
  const summary: Partial<Record<Kind, number[]>> = {};
  for (const { kind, at } of activities) (summary[kind] ??= []).push(at);
  for (const kind of Object.keys(summary) as Kind[]) summary[kind] = summary[kind]!.sort((a, b) => a - b).slice(-SUMMARY_MAX);
  return summary;
}

export const NEW_LEAD_SCORE = {
  score: 0,
  scoreLabel: 'cold',
  labelByHand: false,
  scoreHistory: [],
  activitySummary: {},
} as const satisfies Pick<Lead, 'score' | 'scoreLabel' | 'labelByHand' | 'scoreHistory' | 'activitySummary'>;
