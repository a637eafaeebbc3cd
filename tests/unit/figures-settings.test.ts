import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { addActivity } from '../../lib/db/activities';
import { readKeptMetrics } from '../../lib/db/kept-metrics';
import { updatePipeline } from '../../lib/db/pipeline-edit';
import { saveCapture } from '../../lib/db/save-capture';
import { getPipeline, saveMetricsSettings } from '../../lib/db/settings';
import { moveToStage, savePipeline } from '../../lib/db/stage';
import { dailyTotalsOf, kindsOf } from '../../lib/metrics/daily-totals';
import { dashboardFigures, periodDays, responseFromFigures } from '../../lib/metrics/figures/read';
import { responseTimes } from '../../lib/metrics/response-times';
import { DEFAULT_METRICS_SETTINGS } from '../../lib/metrics/settings';
import { freshDb, NOW } from './helpers/db';
import { keptRows } from './helpers/figures';

const HOUR = 3_600_000;

/**
 * The kept figures are keyed by what records hold (stage ids, currencies, days),
 * so what they depend on in the settings (stage order and kinds, the rep's
 * currency, the opportunities scope, business hours) is applied when they are
 * read: changing those settings rewrites no figure, and the figures read after
 * the change equal a computation from the records under the new settings.
 */
describe('figures under changed settings', () => {
  it('need no recount: stage order, currency, scope and business hours apply when read', async () => {
    const db = freshDb();
    const ids: string[] = [];
    for (const [i, stage] of ['discovery', 'demo', 'trial', 'won', 'lost', 'demo'].entries()) {
      const person = PersonCaptureSchema.parse({ fullName: `Lead ${i}`, linkedinUrl: `https://www.linkedin.com/in/lead-${i}/`, source: 'linkedin', capturedAt: NOW });
      const { id } = await saveCapture(db, { kind: 'person', person }, NOW - 40 * 24 * HOUR);
      ids.push(id);
      await updatePipeline(db, id, { dealValue: 1_000 * (i + 1), currency: i % 2 ? 'EUR' : 'USD' }, NOW - 30 * 24 * HOUR);
      await moveToStage(db, id, stage, { value: 1_000 * (i + 1), reason: 'Budget' }, NOW - (20 - i) * 24 * HOUR);
      await addActivity(db, { leadId: id, kind: 'email-sent', direction: 'outbound', at: NOW - 10 * 24 * HOUR }, NOW);
      await addActivity(db, { leadId: id, kind: 'reply-received', direction: 'inbound', at: NOW - 10 * 24 * HOUR + (i + 1) * 17 * HOUR }, NOW);
    }
    const before = await keptRows(db);
    const changesBefore = await db.changes.count();

    // Trial before demo, the rep's currency in EUR, every open lead an opportunity.
    const pipeline = await getPipeline(db);
    const stages = [...pipeline.stages];
    const demo = stages.findIndex((s) => s.id === 'demo');
    const trial = stages.findIndex((s) => s.id === 'trial');
    [stages[demo], stages[trial]] = [stages[trial]!, stages[demo]!];
    await savePipeline(db, { stages, currency: 'EUR' }, [], NOW);
    await saveMetricsSettings(db, { ...DEFAULT_METRICS_SETTINGS, scope: 'all' }, NOW);

    // No figure was rewritten, no record changed.
    expect(await keptRows(db)).toEqual(before);
    expect(await db.changes.count()).toBe(changesBefore);

    const kept = await readKeptMetrics(db);
    if (kept.stale) throw new Error('stale');
    const leads = await db.leads.toArray();
    const next = await getPipeline(db);
    expect(kept.pipeline.currency).toBe('EUR');
    expect(kept.settings.scope).toBe('all');
    expect(kept.days).toEqual(dailyTotalsOf(leads, kindsOf(next)));
    // The funnel follows the new order: trial is now the step before demo.
    const figures = dashboardFigures(kept.totals, kept.dayRows, next, periodDays(NOW, 90), NOW);
    expect(figures.funnel.map((f) => f.stageId)).toEqual(next.stages.filter((s) => s.kind !== 'lost').map((s) => s.id));
    const reachedTrial = figures.funnel.find((f) => f.stageId === 'trial')!.reached;
    const reachedDemo = figures.funnel.find((f) => f.stageId === 'demo')!.reached;
    expect(reachedTrial).toBeGreaterThanOrEqual(reachedDemo);
    // Business hours are a reading too: both histograms are kept.
    const period = periodDays(NOW, 90);
    const rows = await db.responseFigures.where('day').between(period.from, period.to, true, true).toArray();
    const from = new Date(NOW - 89 * 24 * HOUR).setHours(0, 0, 0, 0);
    const to = new Date(NOW + 24 * HOUR).setHours(0, 0, 0, 0);
    const touches = await db.activities.toArray();
    for (const businessHours of [false, true]) {
      const exact = responseTimes({ leads, touches, period: { from, to }, businessHours });
      const read = responseFromFigures(rows, businessHours);
      expect(read.prospectReply.times.count).toBe(exact.prospectReply.times.count);
      expect(read.prospectReply.times.within1d).toBe(exact.prospectReply.times.within1d);
    }
    // Replies 17 to 102 hours after the e-mail: fewer working hours than hours.
    expect(responseFromFigures(rows, true).prospectReply.times.median).toBeLessThan(responseFromFigures(rows, false).prospectReply.times.median!);
  });
});
