import type { Transaction } from 'dexie';
import type { Row, SchemaVersion } from './types';

/**
 * Version 2: scoring. Every lead gets its activity summary (from the activities
 * table) and a score under the rules that shipped with this version, scored by
 * the engine as it was then, reduced to what those rules use. Frozen: a later
 * change of the default rules or of the engine does not change this upgrade
 * (the app rescores under the rules in force when it starts).
 */

const DAY = 86_400_000;
const SUMMARY_MAX = 50;

type Summary = Record<string, number[]>;

/** The default rules of version 2 that were switched on. */
const ACTIVITY_RULES = [
  { id: 'pricing-visited', activity: 'pricing-visited', points: 10, perOccurrence: false, cap: undefined },
  { id: 'email-opened', activity: 'email-opened', points: 1, perOccurrence: true, cap: 10 },
  { id: 'link-clicked', activity: 'link-clicked', points: 3, perOccurrence: true, cap: 15 },
] as const;
const WITHIN_DAYS = 90;
const INACCURATE_TAGS = ['inaccurate data', 'inaccurate-data'];
const PERSONA_TITLES = [
  'head of sales',
  'vp sales',
  'vp of sales',
  'vp, sales',
  'vice president of sales',
  'vice president, sales',
  'sales director',
  'director of sales',
  'chief revenue officer',
  'chief sales officer',
  'dyrektor sprzedazy',
  'dyrektor handlowy',
];
const PROSPECT_KINDS = ['email-opened', 'link-clicked', 'pricing-visited', 'reply-received', 'invite-accepted', 'meeting-booked'];
const DECAY = { quietDays: 30, weeklyLossPercent: 25 };
const THRESHOLDS = { mql: 10, sql: 20 };

const STROKED: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe' };
function fold(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđøßæœ]/g, (ch) => STROKED[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim();
}

const tenths = (value: number) => {
  const t = Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-7);
  return t === 0 ? 0 : t;
};

function decayFactor(summary: Summary, now: number): number {
  let last = -Infinity;
  for (const kind of PROSPECT_KINDS) for (const t of summary[kind] ?? []) if (t <= now && t > last) last = t;
  if (!Number.isFinite(last)) return 1;
  const quiet = now - last;
  const limit = DECAY.quietDays * DAY;
  if (!(quiet > limit)) return 1;
  return (1 - DECAY.weeklyLossPercent / 100) ** (Math.floor((quiet - limit) / (7 * DAY)) + 1);
}

/** The score of a lead under version 2's default rules, summed in tenths as the engine did. */
function score(lead: Row, summary: Summary, now: number): number {
  let total = 0;
  let decay: number | undefined;
  for (const rule of ACTIVITY_RULES) {
    const count = (summary[rule.activity] ?? []).filter((t) => t > now - WITHIN_DAYS * DAY && t <= now).length;
    if (count === 0) continue;
    let points = rule.perOccurrence ? rule.points * count : rule.points;
    if (rule.cap !== undefined && Math.abs(points) > rule.cap) points = Math.sign(points) * rule.cap;
    decay ??= decayFactor(summary, now);
    total += tenths(points * decay);
  }
  const tags = Array.isArray(lead.tags) ? lead.tags.map(fold) : [];
  if (tags.some((tag) => INACCURATE_TAGS.includes(tag))) total += tenths(-5);
  const title = fold(lead.title);
  const headline = fold(lead.headline);
  if (PERSONA_TITLES.some((term) => title.includes(term) || headline.includes(term))) total += tenths(5);
  return total / 10;
}

function summarize(activities: { kind: string; at: number }[]): Summary {
  const summary: Summary = {};
  for (const { kind, at } of activities) (summary[kind] ??= []).push(at);
  for (const kind of Object.keys(summary)) summary[kind] = summary[kind]!.sort((a, b) => a - b).slice(-SUMMARY_MAX);
  return summary;
}

async function upgrade(tx: Transaction): Promise<void> {
  // Streamed with a cursor: only kind and time are kept per lead, not whole records.
  const byLead = new Map<string, { kind: string; at: number }[]>();
  await tx.table('activities').each((activity: Row) => {
    const list = byLead.get(activity.leadId as string) ?? [];
    list.push({ kind: activity.kind as string, at: activity.at as number });
    byLead.set(activity.leadId as string, list);
  });
  const now = Date.now();
  await tx
    .table('leads')
    .toCollection()
    .modify((lead: Row) => {
      const activitySummary = summarize(byLead.get(lead.id as string) ?? []);
      const total = score(lead, activitySummary, now);
      const label = total >= THRESHOLDS.sql ? 'sql' : total >= THRESHOLDS.mql ? 'mql' : 'cold';
      Object.assign(lead, {
        score: total,
        scoreLabel: label,
        labelByHand: false,
        ...(label === 'sql' ? { sqlAt: now } : {}),
        scoreHistory: total === 0 && label === 'cold' ? [] : [{ at: now, score: total, label }],
        activitySummary,
      });
    });
}

/** Version 2: leads carry their score and label; settings hold the rules. */
export const v002: SchemaVersion = {
  version: 2,
  stores: {
    leads: 'id, &linkedinUrl, salesNavUrl, email, nameKey, sourceUrl, createdAt, updatedAt, *words, *tags, score, scoreLabel',
    settings: 'key',
  },
  upgrade,
};
