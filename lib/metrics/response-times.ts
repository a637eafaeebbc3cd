import type { Activity, Lead } from '../schema/records';
import { WORKING_DAY } from './working-day';

/**
 * Response times from recorded touches, as pure functions of the records:
 * - speed to lead: from capture (or the lead's first inbound touch, when it came
 *   first) to the rep's first outbound touch after it;
 * - rep reply time: from an inbound reply to the rep's next outbound touch (a run
 *   of replies counts once, from its first: the prospect waited since then);
 * - prospect reply time and reply rate: from an outbound touch to the prospect's
 *   next reply, credited to the latest outbound before it (per channel and per
 *   sequence step, so you see which step gets answers);
 * - invite acceptance: from an invite sent to its acceptance.
 * A measure belongs to the period its start falls in. Durations may count
 * business hours only (Monday to Friday, 9:00–17:00 local); then a day is a
 * working day of 8 of them.
 */

export type Touch = Pick<Activity, 'leadId' | 'kind' | 'direction' | 'at'> & Partial<Pick<Activity, 'id' | 'sequenceId' | 'stepId'>>;

/** Signals, not conversation: the rep does not "reply" to an e-mail being opened. */
const SIGNALS = new Set(['email-opened', 'link-clicked', 'pricing-visited', 'captured', 'note']);

export const isOutbound = (t: Touch) => t.direction === 'outbound' && !SIGNALS.has(t.kind);
export const isReply = (t: Touch) => t.direction === 'inbound' && !SIGNALS.has(t.kind) && t.kind !== 'invite-accepted';

export type Summary = {
  count: number;
  median?: number;
  p90?: number;
  /** Shares (0–1) answered within 5 minutes, 1 hour and 1 day (a working day, 8 hours, when business hours are counted). */
  within5m?: number;
  within1h?: number;
  within1d?: number;
};

export type Rate = { answered: number; total: number; times: Summary };

export type ResponseTimes = {
  speedToLead: Summary;
  repReply: Summary;
  prospectReply: Rate;
  byChannel: Record<string, Rate>;
  /** Keyed "sequenceId/stepId". */
  byStep: Record<string, Rate>;
  invites: Rate;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Median of values sorted ascending (the mean of the middle two for an even count). */
export function median(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** `day`: what "within 1 day" means (24 hours on the wall clock; WORKING_DAY for business-hour durations). */
export function summarize(durations: readonly number[], day = DAY): Summary {
  const sorted = [...durations].sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0 };
  const share = (limit: number) => sorted.filter((d) => d <= limit).length / sorted.length;
  return { count: sorted.length, median: median(sorted), p90: percentile(sorted, 90), within5m: share(5 * MINUTE), within1h: share(HOUR), within1d: share(day) };
}

/** Working time between two instants: Monday to Friday, 9:00 to 17:00 local, day by day. */
export function businessDuration(from: number, to: number): number {
  if (to <= from) return 0;
  let total = 0;
  const day = new Date(from);
  day.setHours(0, 0, 0, 0);
  // Walk calendar days (at most ten years of them) so daylight-saving days are right.
  for (let i = 0; day.getTime() < to && i < 3_700; i++) {
    const weekday = day.getDay();
    if (weekday !== 0 && weekday !== 6) {
      const open = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9).getTime();
      const close = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 17).getTime();
      total += Math.max(0, Math.min(close, to) - Math.max(open, from));
    }
    day.setDate(day.getDate() + 1);
  }
  return total;
}

/**
 * One measure of one lead: where it starts (which period and day it belongs to),
 * and where it ends when it was answered. Rate measures (the prospect's replies,
 * per channel and per step, and invites) count every start and the answered ones;
 * duration measures (speed to lead, rep reply) exist only once answered.
 */
export type Measure = { key: MeasureKey; start: number; end?: number };
/** 'speed', 'rep', 'prospect', 'invite', 'ch:<touch kind>' or 'step:<sequenceId>/<stepId>'. */
export type MeasureKey = string;

export const isRateMeasure = (key: MeasureKey) => key !== 'speed' && key !== 'rep';

/** IndexedDB's order of string keys (UTF-16 code units), not the locale's. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every measure of one lead, from its creation time and all its touches (any order). */
export function leadMeasures(createdAt: number, all: readonly Touch[]): Measure[] {
  // Touches at the same moment in id order, as a recount reads them (the [leadId+at] index): a write's
  // delta lists the new touch last, and an order that depended on that would keep figures a recount disagrees with.
  const touches = [...all].sort((a, b) => a.at - b.at || byCodeUnit(a.id ?? '', b.id ?? ''));
  const out: Measure[] = [];
  // Speed to lead.
  const firstOut = touches.find(isOutbound);
  const firstIn = touches.find(isReply);
  const start = firstIn && firstIn.at < (firstOut?.at ?? Infinity) && firstIn.at < createdAt ? firstIn.at : createdAt;
  const answer = touches.find((t) => isOutbound(t) && t.at >= start);
  if (answer) out.push({ key: 'speed', start, end: answer.at });

  let waitingSince: number | undefined; // first unanswered reply
  let lastOut: { at: number; keys: MeasureKey[] } | undefined; // latest outbound not yet answered, with the rate measures it opened
  const opened = new Map<{ at: number; keys: MeasureKey[] }, number>(); // index in `out` of each rate measure opened
  for (const touch of touches) {
    if (isReply(touch)) {
      waitingSince ??= touch.at;
      if (lastOut) {
        const first = opened.get(lastOut)!;
        for (let i = 0; i < lastOut.keys.length; i++) out[first + i]!.end = touch.at;
        lastOut = undefined;
      }
    } else if (isOutbound(touch)) {
      if (waitingSince !== undefined) {
        out.push({ key: 'rep', start: waitingSince, end: touch.at });
        waitingSince = undefined;
      }
      const keys = ['prospect', `ch:${touch.kind}`, ...(touch.sequenceId && touch.stepId ? [`step:${touch.sequenceId}/${touch.stepId}`] : [])];
      const entry = { at: touch.at, keys };
      opened.set(entry, out.length);
      for (const key of keys) out.push({ key, start: touch.at });
      lastOut = entry;
    }
  }

  // Invites: each sent invite is accepted by the first acceptance after it (and before the next invite).
  const sent = touches.filter((t) => t.kind === 'invite-sent');
  sent.forEach((invite, i) => {
    const next = sent[i + 1]?.at ?? Infinity;
    const accepted = touches.find((t) => t.kind === 'invite-accepted' && t.at >= invite.at && t.at < next);
    out.push(accepted ? { key: 'invite', start: invite.at, end: accepted.at } : { key: 'invite', start: invite.at });
  });
  return out;
}

/** Touch kinds that never start, end or answer a measure: writing only these changes no response time. */
export function affectsMeasures(kind: string): boolean {
  return !SIGNALS.has(kind);
}

type Tally = { answered: number; total: number; durations: number[] };
const emptyTally = (): Tally => ({ answered: 0, total: 0, durations: [] });

/** The exact figures for a period, from every measure of every lead (the reference the kept histograms are tested against). */
export function responseTimes(input: {
  leads: readonly Pick<Lead, 'id' | 'createdAt'>[];
  touches: readonly Touch[];
  period: { from: number; to: number };
  businessHours: boolean;
}): ResponseTimes {
  const { period } = input;
  const span = (from: number, to: number) => (input.businessHours ? businessDuration(from, to) : Math.max(0, to - from));
  const byLead = new Map<string, Touch[]>();
  for (const touch of input.touches) {
    const list = byLead.get(touch.leadId);
    if (list) list.push(touch);
    else byLead.set(touch.leadId, [touch]);
  }
  const tallies = new Map<MeasureKey, Tally>();
  for (const lead of input.leads) {
    for (const m of leadMeasures(lead.createdAt, byLead.get(lead.id) ?? [])) {
      if (m.start < period.from || m.start >= period.to) continue;
      let tally = tallies.get(m.key);
      if (!tally) tallies.set(m.key, (tally = emptyTally()));
      tally.total += 1;
      if (m.end !== undefined) {
        tally.answered += 1;
        tally.durations.push(span(m.start, m.end));
      }
    }
  }
  return assemble((key) => {
    const tally = tallies.get(key) ?? emptyTally();
    return { answered: tally.answered, total: tally.total, times: summarize(tally.durations, input.businessHours ? WORKING_DAY : DAY) };
  }, [...tallies.keys()]);
}

/** The report's shape from a rate per measure key (exact or from histograms). */
export function assemble(rateOf: (key: MeasureKey) => Rate, keys: readonly MeasureKey[]): ResponseTimes {
  const prefixed = (prefix: string) => Object.fromEntries(keys.filter((k) => k.startsWith(prefix)).map((k) => [k.slice(prefix.length), rateOf(k)]));
  return {
    speedToLead: rateOf('speed').times,
    repReply: rateOf('rep').times,
    prospectReply: rateOf('prospect'),
    byChannel: prefixed('ch:'),
    byStep: prefixed('step:'),
    invites: rateOf('invite'),
  };
}
