import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { getPipeline } from '../../lib/db/settings';
import { saveSequence } from '../../lib/db/sequences';
import { moveToStage, savePipeline } from '../../lib/db/stage';
import { readKeptMetrics } from '../../lib/db/kept-metrics';
import { dashboardFigures, periodDays } from '../../lib/metrics/figures/read';
import { addStage, removeStage, withRemovedStages } from '../../lib/pipeline/stages-edit';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { PipelineSettingsSchema } from '../../lib/pipeline/schema';
import { withTriggersMoved } from '../../lib/sequences/stage-triggers';
import { exportBackup, restoreBackup } from '../../lib/transfer/backup';
import type { Sequence } from '../../lib/sequences/schema';
import { freshDb, NOW } from './helpers/db';
import { keptRows, recomputedRows } from './helpers/figures';

const HOUR = 3_600_000;
const seq = (id: string, stages: string[]): Sequence => ({
  id,
  name: `Seq ${id}`,
  createdAt: NOW,
  updatedAt: NOW,
  triggers: stages.map((stageId) => ({ kind: 'stage-entered' as const, stageId })),
  steps: [{ id: 'invite', channel: 'linkedin-invite', delayDays: 0, businessDays: false, title: 'Invite', template: '' }],
});

async function lead(db: ReturnType<typeof freshDb>, name: string) {
  const person = PersonCaptureSchema.parse({ fullName: name, linkedinUrl: `https://www.linkedin.com/in/${name.toLowerCase().replace(/ /g, '-')}/`, source: 'linkedin', capturedAt: NOW });
  return (await saveCapture(db, { kind: 'person', person }, NOW)).id;
}

/**
 * Removing a stage (stages editor, or a restore whose pipeline lacks one): the sequences
 * started when a lead enters it start where its leads go, in the same write, and the
 * pipeline remembers where its leads went so the funnel still counts how far a lead got.
 */
describe('removing a stage: sequence triggers', () => {
  it('a removed stage takes its sequence triggers to the stage its leads go to', async () => {
    const db = freshDb();
    await saveSequence(db, seq('seq-demo', ['demo']));
    await saveSequence(db, seq('seq-both', ['demo', 'qualified']));
    const removed = removeStage(await getPipeline(db), 'demo', 'qualified');
    if (!removed.ok) throw new Error('remove');
    await savePipeline(db, removed.pipeline, [removed.move], NOW + HOUR);
    expect((await db.sequences.get('seq-demo'))!.triggers).toEqual([{ kind: 'stage-entered', stageId: 'qualified' }]);
    expect((await db.sequences.get('seq-both'))!.triggers).toEqual([{ kind: 'stage-entered', stageId: 'qualified' }]);
    const id = await lead(db, 'Ada Lovelace');
    await moveToStage(db, id, 'qualified', {}, NOW + 2 * HOUR);
    expect((await db.enrolments.where('leadId').equals(id).toArray()).map((e) => e.sequenceId).sort()).toEqual(['seq-both', 'seq-demo']);
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 2 * HOUR));
  });

  it('a failed save moves neither the leads nor the triggers', async () => {
    const db = freshDb();
    await saveSequence(db, seq('seq-demo', ['demo']));
    const id = await lead(db, 'Ada Lovelace');
    await moveToStage(db, id, 'demo', {}, NOW + HOUR);
    const removed = removeStage(await getPipeline(db), 'demo', 'qualified');
    if (!removed.ok) throw new Error('remove');
    const put = db.settings.put.bind(db.settings);
    db.settings.put = (() => Promise.reject(new Error('quota'))) as unknown as typeof db.settings.put;
    await expect(savePipeline(db, removed.pipeline, [removed.move], NOW + 2 * HOUR)).rejects.toThrow();
    db.settings.put = put;
    expect((await db.sequences.get('seq-demo'))!.triggers).toEqual([{ kind: 'stage-entered', stageId: 'demo' }]);
    expect((await db.leads.get(id))!.stageId).toBe('demo');
  });

  it('stages removed one after another: triggers and the remembered moves go straight to where the leads are', async () => {
    const db = freshDb();
    await saveSequence(db, seq('seq-demo', ['demo', 'trial']));
    const first = removeStage(await getPipeline(db), 'demo', 'trial');
    if (!first.ok) throw new Error('remove');
    await savePipeline(db, first.pipeline, [first.move], NOW);
    const second = removeStage(await getPipeline(db), 'trial', 'negotiation');
    if (!second.ok) throw new Error('remove');
    await savePipeline(db, second.pipeline, [second.move], NOW + HOUR);
    expect((await db.sequences.get('seq-demo'))!.triggers).toEqual([{ kind: 'stage-entered', stageId: 'negotiation' }]);
    expect((await getPipeline(db)).removed).toEqual({ demo: 'negotiation', trial: 'negotiation' });
  });

  it('pure parts: other triggers stay, nothing changed gives undefined, settings without `removed` still parse', () => {
    const s = { ...seq('seq-mixed', ['demo']), triggers: [{ kind: 'became-sql' as const }, { kind: 'stage-entered' as const, stageId: 'demo' }, { kind: 'tag-added' as const, tag: 'vip' }] };
    expect(withTriggersMoved(s, (id) => (id === 'demo' ? 'trial' : id), NOW + 1)?.triggers).toEqual([{ kind: 'became-sql' }, { kind: 'stage-entered', stageId: 'trial' }, { kind: 'tag-added', tag: 'vip' }]);
    expect(withTriggersMoved(s, (id) => id, NOW + 1)).toBeUndefined();
    expect(PipelineSettingsSchema.safeParse({ stages: DEFAULT_PIPELINE.stages, currency: 'USD' }).success).toBe(true);
    // A stage in the pipeline under a remembered id is not "removed", and a chain stops there.
    expect(withRemovedStages(DEFAULT_PIPELINE, { demo: 'trial', gone: 'demo' }, []).removed).toEqual({ gone: 'demo' });
  });

  it('a lost deal that reached a removed stage is counted where it had got to', async () => {
    const db = freshDb();
    const id = await lead(db, 'Ada Lovelace');
    await moveToStage(db, id, 'demo', {}, NOW + HOUR);
    await moveToStage(db, id, 'lost', { reason: 'No budget' }, NOW + 2 * HOUR);
    const removed = removeStage(await getPipeline(db), 'demo', 'qualified');
    if (!removed.ok) throw new Error('remove');
    await savePipeline(db, removed.pipeline, [removed.move], NOW + 3 * HOUR);
    const kept = await readKeptMetrics(db);
    if (kept.stale) throw new Error('stale');
    const pipeline = await getPipeline(db);
    const figures = dashboardFigures(kept.totals, kept.dayRows, pipeline, periodDays(NOW, 90), NOW + 3 * HOUR);
    const step = (s: string) => figures.funnel.find((f) => f.stageId === s)!;
    expect(step('new').lostHere).toBe(0);
    expect(step('qualified')).toMatchObject({ reached: 1, lostHere: 1 });
    expect(pipeline.removed).toEqual({ demo: 'qualified' });
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 3 * HOUR));
    const recount = await recomputedRows(db, NOW + 3 * HOUR);
    expect(dashboardFigures(recount.totals as never, Object.values(recount.days), pipeline, periodDays(NOW, 90), NOW + 3 * HOUR).funnel).toEqual(figures.funnel);
  });
});

describe('removing a stage: restores', () => {
  it('a merged file without a stage here moves the sequence triggers on it with its leads; an unknown stage trigger is dropped', async () => {
    const source = freshDb();
    await saveSequence(source, { ...seq('seq-ghost1', ['ghost-stage']), name: 'Ghost' });
    await savePipeline(source, await getPipeline(source), [], NOW);
    const file = await exportBackup(source, NOW);
    const db = freshDb();
    const added = addStage(await getPipeline(db), 'Webinar', 45, () => 'webinar-abc123');
    if (!added.ok) throw new Error('add');
    await savePipeline(db, added.pipeline, [], NOW);
    await saveSequence(db, seq('seq-webinar', ['webinar-abc123']));
    const id = await lead(db, 'Ada Lovelace');
    await moveToStage(db, id, 'webinar-abc123', {}, NOW + HOUR);
    await restoreBackup(db, file, 'merge', NOW + 2 * HOUR);
    const to = (await db.leads.get(id))!.stageId;
    expect(to).toBe('demo');
    expect((await db.sequences.get('seq-webinar'))!.triggers).toEqual([{ kind: 'stage-entered', stageId: 'demo' }]);
    expect((await db.sequences.get('seq-ghost1'))!.triggers).toEqual([]);
    expect((await getPipeline(db)).removed).toEqual({ 'webinar-abc123': 'demo' });
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 2 * HOUR));
  });
});
