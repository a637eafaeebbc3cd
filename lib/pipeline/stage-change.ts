import type { Lead } from '../schema/records';
import { cleanLine } from '../schema/text';
import { Currency, DealValue, type PipelineSettings, type Stage, type StageChange } from './schema';

/**
 * Stage changes of a lead, as pure functions: the caller passes the lead, the
 * pipeline and `now`, and stores the returned lead and history entry together.
 * History is append-only; these functions only ever produce new entries.
 */

export type StageChangeDetails = { value?: number; currency?: string; reason?: string };

export type StageChangeError = 'unknown-stage' | 'same-stage' | 'needs-value' | 'needs-reason' | 'bad-value' | 'use-reactivate' | 'not-lost';

/** A history entry before the store gives it an id. */
export type NewStageChange = Omit<StageChange, 'id'>;

export type StageChangeResult = { ok: true; lead: Lead; change: NewStageChange } | { ok: false; error: StageChangeError };

/** Longest reason kept (the lead's lostReason field holds 300 characters). */
const REASON_MAX = 300;

export function stageOf(pipeline: PipelineSettings, stageId: string): Stage | undefined {
  return pipeline.stages.find((s) => s.id === stageId);
}

/** Won and lost are closed: the deal is decided. */
export function isClosed(stage: Stage): boolean {
  return stage.kind === 'won' || stage.kind === 'lost';
}

function cleanReason(reason: string | undefined): string | undefined {
  return reason === undefined ? undefined : cleanLine(reason, REASON_MAX) || undefined;
}

/**
 * Move a lead to another stage.
 * - won needs a final value (details.value) and records it with its currency;
 * - lost needs a reason, and records the current (or given) value;
 * - a lost lead may only move to won; reopening it is `reactivate` ('use-reactivate');
 * - a won lead may move back to an open stage (a mistaken win): kind 'change'.
 */
export function changeStage(lead: Lead, pipeline: PipelineSettings, toStageId: string, now: number, details: StageChangeDetails = {}): StageChangeResult {
  const to = stageOf(pipeline, toStageId);
  if (!to) return { ok: false, error: 'unknown-stage' };
  if (lead.stageId === to.id) return { ok: false, error: 'same-stage' };
  // A lead in a stage that no longer exists may move anywhere.
  const from = stageOf(pipeline, lead.stageId);
  if (from?.kind === 'lost' && to.kind !== 'won') return { ok: false, error: 'use-reactivate' };

  let value: number | undefined;
  if (details.value !== undefined) {
    const parsed = DealValue.safeParse(details.value);
    if (!parsed.success) return { ok: false, error: 'bad-value' };
    value = parsed.data;
  }
  let currency: string | undefined;
  if (details.currency !== undefined) {
    const parsed = Currency.safeParse(details.currency);
    if (!parsed.success) return { ok: false, error: 'bad-value' };
    currency = parsed.data;
  }
  const reason = cleanReason(details.reason);
  const base = { ...lead, stageId: to.id, stageChangedAt: now, updatedAt: Math.max(lead.updatedAt, now) };
  const entry = { leadId: lead.id, at: now, fromStage: lead.stageId, toStage: to.id } as const;

  if (to.kind === 'won') {
    if (value === undefined) return { ok: false, error: 'needs-value' };
    const dealCurrency = currency ?? lead.currency ?? pipeline.currency;
    const next: Lead = { ...base, dealValue: value, currency: dealCurrency, lostReason: undefined };
    return { ok: true, lead: next, change: { ...entry, kind: 'won', value, currency: dealCurrency, reason, leadCreatedAt: lead.createdAt } };
  }
  if (to.kind === 'lost') {
    if (!reason) return { ok: false, error: 'needs-reason' };
    const finalValue = value ?? lead.dealValue;
    const dealCurrency = currency ?? lead.currency ?? pipeline.currency;
    const next: Lead = { ...base, lostReason: reason, ...(value !== undefined ? { dealValue: value, currency: dealCurrency } : {}) };
    return {
      ok: true,
      lead: next,
      change: { ...entry, kind: 'lost', reason, leadCreatedAt: lead.createdAt, ...(finalValue !== undefined ? { value: finalValue, currency: dealCurrency } : {}) },
    };
  }
  const next: Lead = { ...base, ...(value !== undefined ? { dealValue: value } : {}), ...(currency !== undefined ? { currency } : {}) };
  return { ok: true, lead: next, change: { ...entry, kind: 'change', reason } };
}

/**
 * Send a lost lead back to the top of the funnel (the "new" stage). The lead's
 * reactivation count goes up and the entry's kind is 'reactivated', so rescued
 * leads can be counted.
 */
export function reactivate(lead: Lead, pipeline: PipelineSettings, now: number, reason?: string): StageChangeResult {
  const from = stageOf(pipeline, lead.stageId);
  if (from?.kind !== 'lost') return { ok: false, error: 'not-lost' };
  const top = pipeline.stages.find((s) => s.kind === 'new');
  if (!top) return { ok: false, error: 'unknown-stage' };
  const next: Lead = {
    ...lead,
    stageId: top.id,
    stageChangedAt: now,
    updatedAt: Math.max(lead.updatedAt, now),
    reactivations: Math.min(lead.reactivations + 1, 1000),
    lostReason: undefined,
  };
  return { ok: true, lead: next, change: { leadId: lead.id, at: now, fromStage: lead.stageId, toStage: top.id, kind: 'reactivated', reason: cleanReason(reason) } };
}

/**
 * Stage-weighted value of a deal: value × stage probability / 100 (1,000 at 60 % is 600). No value or unknown stage: 0.
 * A won deal counts whole and a lost one not at all, whatever probability its stage carries (the editor keeps them at
 * 100 and 0, but a restored backup or an old settings row may not).
 */
export function weightedValue(lead: Pick<Lead, 'dealValue' | 'stageId'>, pipeline: PipelineSettings): number {
  const stage = stageOf(pipeline, lead.stageId);
  if (!stage || lead.dealValue === undefined) return 0;
  const probability = stage.kind === 'won' ? 100 : stage.kind === 'lost' ? 0 : stage.probability;
  return Math.round(lead.dealValue * probability) / 100;
}

/**
 * Milliseconds a lead spent in each stage, from its history (entries of other
 * leads are ignored). Each entry starts a stay in its `toStage` that lasts until
 * the next entry, or until `now` for the last one. A stage visited twice adds up.
 */
export function timeInStage(history: readonly StageChange[], leadId: string, now: number): Record<string, number> {
  const entries = history
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.leadId === leadId)
    .sort((a, b) => a.entry.at - b.entry.at || a.index - b.index)
    .map(({ entry }) => entry);
  const result: Record<string, number> = {};
  entries.forEach((entry, i) => {
    const end = entries[i + 1]?.at ?? now;
    result[entry.toStage] = (result[entry.toStage] ?? 0) + Math.max(0, end - entry.at);
  });
  return result;
}
