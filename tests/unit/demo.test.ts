import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { addActivity } from '../../lib/db/activities';
import { readKeptMetrics } from '../../lib/db/kept-metrics';
import { recountedMetrics } from './helpers/figures';
import { saveCapture } from '../../lib/db/save-capture';
import { countDue } from '../../lib/db/sequences';
import { getLeadCount } from '../../lib/db/settings';
import { dayNumber } from '../../lib/metrics/daily-totals';
import { velocityReport, velocityTrend } from '../../lib/metrics/velocity-report';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { StageChangeSchema } from '../../lib/pipeline/schema';
import { ActivitySchema, LeadSchema } from '../../lib/schema/records';
import { defaultSequences } from '../../lib/sequences/defaults';
import { endOfDay } from '../../lib/calendar';
import { EnrolmentSchema } from '../../lib/sequences/schema';
import { DEMO_PREFIX, DEMO_TAG, demoPipeline, hasAnyLead, hasDemo, loadDemo, removeDemo } from '../../lib/transfer/demo';
import { freshDb, NOW } from './helpers/db';

const DAY = 86_400_000;
const SETTINGS = { currency: 'USD', scope: 'qualified', cycle: 'median' } as const;
const data = demoPipeline(NOW);
const kindOf = new Map(DEFAULT_PIPELINE.stages.map((s) => [s.id, s.kind]));

function byLead<T extends { leadId: string }>(records: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of records) map.set(r.leadId, [...(map.get(r.leadId) ?? []), r]);
  return map;
}

// Generating and loading 300 leads takes a second or more on a busy machine.
describe('the demo pipeline', { timeout: 30_000 }, () => {
  it('has about 300 leads, every record valid by its schema and marked with the demo prefix', () => {
    expect(data.leads.length).toBe(300);
    for (const lead of data.leads) expect(LeadSchema.parse(lead)).toEqual(lead);
    for (const a of data.activities) expect(ActivitySchema.parse(a)).toEqual(a);
    for (const c of data.stageHistory) expect(StageChangeSchema.parse(c)).toEqual(c);
    for (const e of data.enrolments) expect(EnrolmentSchema.parse(e)).toEqual(e);
    const ids = [...data.leads, ...data.activities, ...data.stageHistory, ...data.enrolments].map((r) => r.id);
    expect(ids.every((id) => id.startsWith(DEMO_PREFIX))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(data.leads.every((l) => l.tags.includes(DEMO_TAG))).toBe(true);
    expect(new Set(data.leads.map((l) => l.linkedinUrl)).size).toBe(300);
  });

  it('is the same for a seed and differs between seeds', () => {
    expect(demoPipeline(NOW)).toEqual(data);
    expect(demoPipeline(NOW, 2).leads.map((l) => l.fullName)).not.toEqual(data.leads.map((l) => l.fullName));
  });

  it('looks real: names in four languages, LinkedIn profiles, referrals, every stage, values in range, created over six months', () => {
    const names = data.leads.map((l) => l.fullName ?? '').join(' ');
    expect(names).toMatch(/[łśżźćńęąó]/i); // Polish
    expect(names).toMatch(/[șțăâî]/i); // Romanian
    expect(names).toMatch(/[а-яё]/i); // Russian
    for (const lead of data.leads) expect(lead.linkedinUrl).toMatch(/^https:\/\/www\.linkedin\.com\/in\/demo-\d+\/$/);
    const referrals = data.leads.filter((l) => l.source === 'referral');
    expect(referrals.length).toBeGreaterThan(5);
    expect(referrals.every((l) => l.referredBy)).toBe(true);
    expect(new Set(data.leads.map((l) => l.stageId))).toEqual(new Set(DEFAULT_PIPELINE.stages.map((s) => s.id)));
    for (const lead of data.leads.filter((l) => l.dealValue !== undefined)) {
      expect(lead.dealValue).toBeGreaterThanOrEqual(5_000);
      expect(lead.dealValue).toBeLessThanOrEqual(60_000);
      expect(lead.currency).toBe('USD');
    }
    const ages = data.leads.map((l) => (NOW - l.createdAt) / DAY);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(181);
    expect(Math.max(...ages)).toBeGreaterThan(150);
    expect(demoPipeline(NOW, 1, 'PLN').leads.filter((l) => l.dealValue !== undefined).every((l) => l.currency === 'PLN')).toBe(true);
  });

  it('keeps stage history, touches and scores consistent with each lead', () => {
    const history = byLead(data.stageHistory);
    const touches = byLead(data.activities);
    for (const lead of data.leads) {
      const entries = [...(history.get(lead.id) ?? [])].sort((a, b) => a.at - b.at);
      // Starts in "new", each entry leaves the stage the previous one entered, ends where the lead is.
      expect(entries[0]).toMatchObject({ toStage: 'new', kind: 'change', at: lead.createdAt });
      expect(entries[0]?.fromStage).toBeUndefined();
      entries.slice(1).forEach((entry, i) => expect(entry.fromStage).toBe(entries[i]!.toStage));
      expect(entries.at(-1)).toMatchObject({ toStage: lead.stageId, at: lead.stageChangedAt });
      const kind = kindOf.get(lead.stageId);
      if (kind === 'won') expect(entries.at(-1)).toMatchObject({ kind: 'won', value: lead.dealValue, currency: lead.currency, leadCreatedAt: lead.createdAt });
      if (kind === 'lost') expect(entries.at(-1)).toMatchObject({ kind: 'lost', reason: lead.lostReason, leadCreatedAt: lead.createdAt });
      expect(lead.reactivations).toBe(entries.filter((e) => e.kind === 'reactivated').length);

      const acts = touches.get(lead.id) ?? [];
      const byKind: Record<string, number[]> = {};
      for (const a of acts) (byKind[a.kind] ??= []).push(a.at);
      for (const times of Object.values(byKind)) times.sort((a, b) => a - b);
      expect(lead.activitySummary).toEqual(byKind);
      const touched = acts.filter((a) => a.kind !== 'captured').map((a) => a.at);
      expect(lead.lastTouchAt).toBe(touched.length ? Math.max(...touched) : undefined);
      expect(acts.every((a) => a.at >= lead.createdAt && a.at <= NOW)).toBe(true);

      expect(lead.score).toBeGreaterThanOrEqual(0);
      expect(lead.score).toBeLessThanOrEqual(40);
      expect(lead.scoreLabel).toBe(lead.score >= 20 ? 'sql' : lead.score >= 10 ? 'mql' : 'cold');
    }
    expect(data.stageHistory.some((c) => c.kind === 'reactivated')).toBe(true);
    expect(new Set(data.leads.map((l) => l.scoreLabel))).toEqual(new Set(['cold', 'mql', 'sql']));
  });

  it('enrols a few open leads in the shipped sequences, some steps done and one due', () => {
    const shipped = new Set(defaultSequences(NOW).map((s) => s.id));
    const leads = new Map(data.leads.map((l) => [l.id, l]));
    expect(data.enrolments.length).toBeGreaterThanOrEqual(3);
    for (const e of data.enrolments) {
      expect(shipped.has(e.sequenceId)).toBe(true);
      expect(e.status).toBe('active');
      expect(['open', 'new']).toContain(kindOf.get(leads.get(e.leadId)!.stageId));
    }
    expect(data.enrolments.some((e) => e.history.length > 0)).toBe(true);
    expect(data.enrolments.some((e) => (e.dueAt ?? Infinity) < endOfDay(NOW))).toBe(true);
  });
});

describe('loading and removing the demo', { timeout: 60_000 }, () => {
  it('loads into an empty database with fresh kept totals, velocity now and before, and follow-ups due today', async () => {
    const db = freshDb();
    expect([await hasDemo(db), await hasAnyLead(db)]).toEqual([false, false]);
    expect(await loadDemo(db, NOW)).toEqual({ ok: true, leads: 300 });
    expect([await hasDemo(db), await hasAnyLead(db)]).toEqual([true, true]);
    expect(await db.leads.count()).toBe(300);
    expect(await db.activities.count()).toBe(data.activities.length);
    expect(await db.stageHistory.count()).toBe(data.stageHistory.length);
    expect(await db.enrolments.count()).toBe(data.enrolments.length);

    const kept = await readKeptMetrics(db);
    if (kept.stale) throw new Error('kept totals are stale after loading the demo');
    expect(kept.leadCount).toBe(300);
    const report = velocityReport(kept.days, dayNumber(NOW), 90, SETTINGS);
    expect(report.current.velocity.ok).toBe(true);
    expect(report.previous.velocity.ok).toBe(true);
    expect(report.change.ok).toBe(true);
    expect(report.current.factors.won).toBeGreaterThan(0);
    expect(report.previous.factors.won).toBeGreaterThan(0);
    const trend = velocityTrend(kept.days, dayNumber(NOW), 90, SETTINGS);
    expect(trend.filter((w) => w.perDay !== undefined).length).toBeGreaterThanOrEqual(2);

    expect(await countDue(db, endOfDay(NOW))).toBeGreaterThan(0);
    // Loading again replaces the demo rather than doubling it.
    expect(await loadDemo(db, NOW)).toEqual({ ok: true, leads: 300 });
    expect(await db.leads.count()).toBe(300);
    expect(await db.activities.count()).toBe(data.activities.length);
  });

  it('is refused when the rep has a lead of their own, and nothing is written', async () => {
    const db = freshDb();
    const person = PersonCaptureSchema.parse({ fullName: 'Real Person', linkedinUrl: 'https://www.linkedin.com/in/real-person/', source: 'linkedin', capturedAt: NOW });
    await saveCapture(db, { kind: 'person', person }, NOW);
    expect(await loadDemo(db, NOW)).toEqual({ ok: false, error: 'not-empty' });
    expect(await db.leads.count()).toBe(1);
    expect(await hasDemo(db)).toBe(false);
  });

  it('removes only demo records: a real lead added after loading, and its activity, stay', async () => {
    const db = freshDb();
    await loadDemo(db, NOW);
    const person = PersonCaptureSchema.parse({ fullName: 'Łucja Real', linkedinUrl: 'https://www.linkedin.com/in/lucja-real/', source: 'linkedin', capturedAt: NOW });
    const saved = await saveCapture(db, { kind: 'person', person }, NOW);
    const { activity } = await addActivity(db, { leadId: saved.id, kind: 'call', direction: 'outbound', at: NOW }, NOW);
    // A touch the rep logged on a demo lead goes with it (its id is random, its lead is demo).
    const { activity: onDemo } = await addActivity(db, { leadId: 'demo-lead-0001', kind: 'note', direction: 'none', at: NOW, note: 'tried it' }, NOW);

    expect(await removeDemo(db, NOW + 1)).toBe(300);
    expect(await hasDemo(db)).toBe(false);
    expect(await db.leads.toCollection().primaryKeys()).toEqual([saved.id]);
    expect(await db.activities.get(activity.id)).toBeDefined();
    expect(await db.activities.get(onDemo.id)).toBeUndefined();
    expect((await db.activities.toArray()).every((a) => a.leadId === saved.id)).toBe(true);
    expect((await db.stageHistory.toArray()).every((c) => c.leadId === saved.id)).toBe(true);
    expect(await db.enrolments.count()).toBe(0);
    expect(await db.sequences.count()).toBe(defaultSequences(NOW).length);

    const kept = await readKeptMetrics(db);
    if (kept.stale) throw new Error('kept totals are stale after removing the demo');
    expect(await getLeadCount(db)).toBe(1);
    const recounted = await recountedMetrics(db, NOW);
    expect(kept.stats).toEqual(recounted.stats);
    expect(kept.days).toEqual(recounted.days);
    // Nothing left to remove.
    expect(await removeDemo(db, NOW + 2)).toBe(0);
  });
});
