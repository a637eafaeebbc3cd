import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { updatePipeline } from '../../lib/db/pipeline-edit';
import { getPipeline } from '../../lib/db/settings';
import { moveToStage, reactivateLead, savePipeline, undoStageChange } from '../../lib/db/stage';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { freshDb, NOW, sequentialIds } from './helpers/db';

const HOUR = 3_600_000;

async function seed(names: string[]) {
  const db = freshDb();
  const ids: string[] = [];
  for (const name of names) {
    const person = PersonCaptureSchema.parse({ fullName: name, linkedinUrl: `https://www.linkedin.com/in/${name.toLowerCase().replace(/ /g, '-')}/`, source: 'linkedin', capturedAt: NOW });
    ids.push((await saveCapture(db, { kind: 'person', person }, NOW)).id);
  }
  return { db, ids };
}

const history = (db: Awaited<ReturnType<typeof seed>>['db'], leadId: string) => db.stageHistory.where('leadId').equals(leadId).sortBy('at');

describe('stage changes in the database', () => {
  it('records every move with its time, won with its value and lost with its reason', async () => {
    const { db, ids } = await seed(['Ada Lovelace']);
    const id = ids[0]!;
    expect(await moveToStage(db, id, 'demo', {}, NOW + HOUR)).toMatchObject({ ok: true });
    expect(await moveToStage(db, id, 'won', {}, NOW + 2 * HOUR)).toEqual({ ok: false, error: 'needs-value' });
    expect(await moveToStage(db, id, 'won', { value: 12_000, currency: 'EUR' }, NOW + 3 * HOUR)).toMatchObject({ ok: true });
    const entries = await history(db, id);
    expect(entries.map((e) => [e.fromStage, e.toStage, e.kind, e.at])).toEqual([
      [undefined, 'new', 'change', NOW],
      ['new', 'demo', 'change', NOW + HOUR],
      ['demo', 'won', 'won', NOW + 3 * HOUR],
    ]);
    expect(entries[2]).toMatchObject({ value: 12_000, currency: 'EUR' });
    expect(await db.leads.get(id)).toMatchObject({ stageId: 'won', dealValue: 12_000, currency: 'EUR', stageChangedAt: NOW + 3 * HOUR });
  });

  it('refuses a stage that does not exist and stores nothing', async () => {
    const { db, ids } = await seed(['Ada Lovelace']);
    expect(await moveToStage(db, ids[0]!, 'gone', {}, NOW + HOUR)).toEqual({ ok: false, error: 'unknown-stage' });
    expect(await history(db, ids[0]!)).toHaveLength(1);
    expect((await db.leads.get(ids[0]!))?.stageId).toBe('new');
  });

  it('reactivates a lost lead to the top of the funnel and counts it', async () => {
    const { db, ids } = await seed(['Ada Lovelace']);
    const id = ids[0]!;
    expect(await reactivateLead(db, id, NOW)).toEqual({ ok: false, error: 'not-lost' });
    await moveToStage(db, id, 'lost', { reason: 'No budget' }, NOW + HOUR);
    expect(await moveToStage(db, id, 'demo', {}, NOW + 2 * HOUR)).toEqual({ ok: false, error: 'use-reactivate' });
    expect(await reactivateLead(db, id, NOW + 3 * HOUR)).toMatchObject({ ok: true });
    const lead = await db.leads.get(id);
    expect(lead).toMatchObject({ stageId: 'new', reactivations: 1 });
    expect(lead?.lostReason).toBeUndefined();
    expect((await history(db, id)).map((e) => e.kind)).toEqual(['change', 'lost', 'reactivated']);
  });

  it('undoes the last move: the entry goes and the stage, value and reason come back', async () => {
    const { db, ids } = await seed(['Ada Lovelace']);
    const id = ids[0]!;
    await moveToStage(db, id, 'trial', { value: 5_000 }, NOW + HOUR);
    const before = (await db.leads.get(id))!;
    const lost = await moveToStage(db, id, 'lost', { reason: 'Went with a rival', value: 4_000 }, NOW + 2 * HOUR);
    if (!lost.ok) throw new Error(lost.error);
    expect(await undoStageChange(db, lost.changeId, before)).toBe(true);
    expect(await db.leads.get(id)).toMatchObject({ stageId: 'trial', dealValue: 5_000, stageChangedAt: NOW + HOUR });
    expect((await db.leads.get(id))?.lostReason).toBeUndefined();
    expect((await history(db, id)).map((e) => e.toStage)).toEqual(['new', 'trial']);
    // A second undo of the same change, or of an entry that is no longer the latest, does nothing.
    expect(await undoStageChange(db, lost.changeId, before)).toBe(false);
  });

  it('undo keeps a deal value saved after the move (another window): only what the move wrote goes back', async () => {
    const { db, ids } = await seed(['Ada Lovelace', 'Alan Turing']);
    const [open, won] = [ids[0]!, ids[1]!];
    const beforeOpen = (await db.leads.get(open))!;
    const moved = await moveToStage(db, open, 'demo', {}, NOW + HOUR);
    if (!moved.ok) throw new Error(moved.error);
    await updatePipeline(db, open, { dealValue: 30_000, currency: 'PLN' }, NOW + 2 * HOUR);
    expect(await undoStageChange(db, moved.changeId, beforeOpen)).toBe(true);
    expect(await db.leads.get(open)).toMatchObject({ stageId: 'new', dealValue: 30_000, currency: 'PLN' });

    // A win's value corrected since is kept too; the stage goes back.
    const beforeWon = (await db.leads.get(won))!;
    const win = await moveToStage(db, won, 'won', { value: 10_000, currency: 'EUR' }, NOW + HOUR);
    if (!win.ok) throw new Error(win.error);
    await updatePipeline(db, won, { dealValue: 12_000 }, NOW + 2 * HOUR);
    expect(await undoStageChange(db, win.changeId, beforeWon)).toBe(true);
    expect(await db.leads.get(won)).toMatchObject({ stageId: 'new', dealValue: 12_000, currency: 'EUR' });
  });

  it('refuses to undo a move that a later move followed', async () => {
    const { db, ids } = await seed(['Ada Lovelace']);
    const id = ids[0]!;
    const before = (await db.leads.get(id))!;
    const first = await moveToStage(db, id, 'demo', {}, NOW + HOUR);
    await moveToStage(db, id, 'trial', {}, NOW + 2 * HOUR);
    if (!first.ok) throw new Error(first.error);
    expect(await undoStageChange(db, first.changeId, before)).toBe(false);
    expect((await db.leads.get(id))?.stageId).toBe('trial');
  });
});

describe('removing a stage that has leads', () => {
  it('moves its leads where the rep chose, with a history entry each, and keeps the old entries', async () => {
    const { db, ids } = await seed(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
    await moveToStage(db, ids[0]!, 'demo', {}, NOW + HOUR);
    await moveToStage(db, ids[1]!, 'demo', {}, NOW + HOUR);
    const pipeline = { ...DEFAULT_PIPELINE, stages: DEFAULT_PIPELINE.stages.filter((s) => s.id !== 'demo') };
    await savePipeline(db, pipeline, [{ from: 'demo', to: 'trial' }], NOW + 2 * HOUR, sequentialIds('move'));
    expect((await getPipeline(db)).stages.map((s) => s.id)).not.toContain('demo');
    for (const id of ids.slice(0, 2)) {
      expect((await db.leads.get(id))?.stageId).toBe('trial');
      expect((await history(db, id)).map((e) => [e.fromStage, e.toStage, e.kind])).toEqual([
        [undefined, 'new', 'change'],
        ['new', 'demo', 'change'],
        ['demo', 'trial', 'stage-removed'],
      ]);
    }
    expect((await db.leads.get(ids[2]!))?.stageId).toBe('new');
    expect(await history(db, ids[2]!)).toHaveLength(1);
  });

  it('refuses a move to a stage that is not in the new list, and changes nothing', async () => {
    const { db, ids } = await seed(['Ada Lovelace']);
    await moveToStage(db, ids[0]!, 'demo', {}, NOW + HOUR);
    const pipeline = { ...DEFAULT_PIPELINE, stages: DEFAULT_PIPELINE.stages.filter((s) => s.id !== 'demo') };
    await expect(savePipeline(db, pipeline, [{ from: 'demo', to: 'demo' }], NOW + 2 * HOUR)).rejects.toThrow();
    expect((await getPipeline(db)).stages.map((s) => s.id)).toContain('demo');
    expect((await db.leads.get(ids[0]!))?.stageId).toBe('demo');
  });
});
