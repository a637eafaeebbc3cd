import type { Activity, Lead } from '../schema/records';

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
 * business hours only (Monday to Friday, 9:00–17:00 local).
 */

export type Touch = Pick<Activity, 'leadId' | 'kind' | 'direction' | 'at'> & Partial<Pick<Activity, 'sequenceId' | 'stepId'>>;

/** Signals, not conversation: the rep does not "reply" to an e-mail being opened. */
const SIGNALS = new Set(['email-opened', 'link-clicked', 'pricing-visited', 'captured', 'note']);

export const isOutbound = (t: Touch) => t.direction === 'outbound' && !SIGNALS.has(t.kind);
export const isReply = (t: Touch) => t.direction === 'inbound' && !SIGNALS.has(t.kind) && t.kind !== 'invite-accepted';

export type Summary = {
  count: number;
  median?: number;
  p90?: number;
  /** Shares (0–1) answered within 5 minutes, 1 hour and 1 day. */
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

export function summarize(durations: readonly number[]): Summary {
  const sorted = [...durations].sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0 };
  const share = (limit: number) => sorted.filter((d) => d <= limit).length / sorted.length;
  return { count: sorted.length, median: median(sorted), p90: percentile(sorted, 90), within5m: share(5 * MINUTE), within1h: share(HOUR), within1d: share(DAY) };
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

function emptyRate(): { answered: number; total: number; durations: number[] } {
  return { answered: 0, total: 0, durations: [] };
}

export function responseTimes(input: {
  leads: readonly Pick<Lead, 'id' | 'createdAt'>[];
  touches: readonly Touch[];
  period: { from: number; to: number };
  businessHours: boolean;
}): ResponseTimes {
  const { period } = input;
  const span = (from: number, to: number) => (input.businessHours ? businessDuration(from, to) : Math.max(0, to - from));
  const inPeriod = (at: number) => at >= period.from && at < period.to;
  const byLead = new Map<string, Touch[]>();
  for (const touch of input.touches) {
    const list = byLead.get(touch.leadId);
    if (list) list.push(touch);
    else byLead.set(touch.leadId, [touch]);
  }

  const speed: number[] = [];
  const rep: number[] = [];
  const prospect = emptyRate();
  const channels = new Map<string, ReturnType<typeof emptyRate>>();
  const steps = new Map<string, ReturnType<typeof emptyRate>>();
  const invites = emptyRate();
  const bucket = (map: Map<string, ReturnType<typeof emptyRate>>, key: string) => {
    let entry = map.get(key);
    if (!entry) map.set(key, (entry = emptyRate()));
    return entry;
  };

  for (const lead of input.leads) {
    const touches = [...(byLead.get(lead.id) ?? [])].sort((a, b) => a.at - b.at);
    // Speed to lead.
    const firstOut = touches.find(isOutbound);
    const firstIn = touches.find(isReply);
    const start = firstIn && firstIn.at < (firstOut?.at ?? Infinity) && firstIn.at < lead.createdAt ? firstIn.at : lead.createdAt;
    const answer = touches.find((t) => isOutbound(t) && t.at >= start);
    if (answer && inPeriod(start)) speed.push(span(start, answer.at));

    let waitingSince: number | undefined; // first unanswered reply
    let lastOut: Touch | undefined; // latest outbound not yet answered
    for (const touch of touches) {
      if (isReply(touch)) {
        waitingSince ??= touch.at;
        if (lastOut) {
          const rate = [prospect, bucket(channels, lastOut.kind), ...(lastOut.sequenceId && lastOut.stepId ? [bucket(steps, `${lastOut.sequenceId}/${lastOut.stepId}`)] : [])];
          if (inPeriod(lastOut.at)) {
            for (const r of rate) {
              r.answered += 1;
              r.durations.push(span(lastOut.at, touch.at));
            }
          }
          lastOut = undefined;
        }
      } else if (isOutbound(touch)) {
        if (waitingSince !== undefined) {
          if (inPeriod(waitingSince)) rep.push(span(waitingSince, touch.at));
          waitingSince = undefined;
        }
        if (inPeriod(touch.at)) {
          prospect.total += 1;
          bucket(channels, touch.kind).total += 1;
          if (touch.sequenceId && touch.stepId) bucket(steps, `${touch.sequenceId}/${touch.stepId}`).total += 1;
        }
        lastOut = touch;
      }
    }

    // Invites: each sent invite is accepted by the first acceptance after it (and before the next invite).
    const sent = touches.filter((t) => t.kind === 'invite-sent');
    sent.forEach((invite, i) => {
      if (!inPeriod(invite.at)) return;
      invites.total += 1;
      const next = sent[i + 1]?.at ?? Infinity;
      const accepted = touches.find((t) => t.kind === 'invite-accepted' && t.at >= invite.at && t.at < next);
      if (accepted) {
        invites.answered += 1;
        invites.durations.push(span(invite.at, accepted.at));
      }
    });
  }

  const rate = (r: ReturnType<typeof emptyRate>): Rate => ({ answered: r.answered, total: r.total, times: summarize(r.durations) });
  return {
    speedToLead: summarize(speed),
    repReply: summarize(rep),
    prospectReply: rate(prospect),
    byChannel: Object.fromEntries([...channels].map(([k, v]) => [k, rate(v)])),
    byStep: Object.fromEntries([...steps].map(([k, v]) => [k, rate(v)])),
    invites: rate(invites),
  };
}
