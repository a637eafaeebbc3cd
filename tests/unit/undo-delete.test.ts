import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { addActivity } from '../../lib/db/activities';
import { bulkDelete, bulkSetStage, deletedLeadCount, discardUndo, undoDelete } from '../../lib/db/bulk';
import { LeadsDatabase } from '../../lib/db/database';
import { saveCapture } from '../../lib/db/save-capture';
import { enrolLeads, listSequences } from '../../lib/db/sequences';
import { getLeadCount, getPipeline, saveRuleSet } from '../../lib/db/settings';
import { savePipeline } from '../../lib/db/stage';
import { removeStage } from '../../lib/pipeline/stages-edit';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { keptRows, recomputedRows } from './helpers/figures';
import { freshDb, NOW, sequentialIds } from './helpers/db';

const HOUR = 3_600_000;

async function seed(db: LeadsDatabase, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const person = PersonCaptureSchema.parse({ fullName: name, title: 'Head of Sales', linkedinUrl: `https://www.linkedin.com/in/u-${i}-${name.length}/`, source: 'linkedin', capturedAt: NOW });
    const { id } = await saveCapture(db, { kind: 'person', person }, NOW);
    await addActivity(db, { leadId: id, kind: 'call', direction: 'outbound', at: NOW + HOUR }, NOW + HOUR);
    ids.push(id);
  }
  return ids;
}

async function everything(db: LeadsDatabase) {
  return {
    leads: await db.leads.orderBy('id').toArray(),
    activities: await db.activities.orderBy('id').toArray(),
    stageHistory: await db.stageHistory.orderBy('id').toArray(),
    enrolments: await db.enrolments.orderBy('id').toArray(),
  };
}

describe('bulk delete keeps its undo in the database', () => {
  it('an undo still works after the page closed (a new connection), and restores leads, touches, history and enrolments with the figures', async () => {
    const first = freshDb();
    const ids = await seed(first, ['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
    await bulkSetStage(first, ids.slice(0, 2), 'qualified', NOW + 2 * HOUR);
    const [sequence] = await listSequences(first);
    await enrolLeads(first, ids, sequence!.id, 'manual', NOW + 2 * HOUR);
    const before = await everything(first);
    const figures = await keptRows(first);

    expect(await bulkDelete(first, ids.slice(0, 2), NOW + 3 * HOUR)).toEqual({ deleted: 2 });
    expect(await deletedLeadCount(first)).toBe(2);
    expect(await getLeadCount(first)).toBe(1);
    first.close();

    // The panel reopened: another connection to the same database.
    const db = new LeadsDatabase(first.name);
    expect(await deletedLeadCount(db)).toBe(2);
    expect(await undoDelete(db, NOW + 4 * HOUR)).toEqual({ restored: 2, skipped: 0, moved: 0 });
    expect(await everything(db)).toEqual(before);
    expect(await getLeadCount(db)).toBe(3);
    const { updatedAt: _a, ...totalsBefore } = figures.totals as typeof figures.totals & { updatedAt?: number };
    expect((await keptRows(db)).stages).toEqual(figures.stages);
    expect((await keptRows(db)).totals).toMatchObject(totalsBefore);
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 4 * HOUR));
    // Used up: nothing more to undo.
    expect(await deletedLeadCount(db)).toBe(0);
    expect(await undoDelete(db, NOW + 5 * HOUR)).toEqual({ restored: 0, skipped: 0, moved: 0 });
    db.close();
  });

  it('the next delete replaces the undo: only the last delete comes back', async () => {
    const db = freshDb();
    const [ada, grace, alan] = await seed(db, ['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
    await bulkDelete(db, [ada!], NOW + HOUR);
    await bulkDelete(db, [grace!, 'missing-lead-id'], NOW + 2 * HOUR);
    expect((await db.deletedLeads.toArray()).map((r) => r.id)).toEqual([grace]);
    // A delete that finds nothing keeps the undo there is.
    expect(await bulkDelete(db, ['missing-lead-id'], NOW + 3 * HOUR)).toEqual({ deleted: 0 });
    expect(await deletedLeadCount(db)).toBe(1);
    expect(await undoDelete(db, NOW + 4 * HOUR)).toMatchObject({ restored: 1 });
    expect((await db.leads.toArray()).map((l) => l.id).sort()).toEqual([grace, alan].sort());
    expect(await db.activities.where('leadId').equals(ada!).count()).toBe(0);
  });

  it('discarding the undo makes the delete final', async () => {
    const db = freshDb();
    const ids = await seed(db, ['Ada Lovelace']);
    await bulkDelete(db, ids, NOW + HOUR);
    await discardUndo(db);
    expect(await deletedLeadCount(db)).toBe(0);
    expect(await undoDelete(db, NOW + 2 * HOUR)).toEqual({ restored: 0, skipped: 0, moved: 0 });
    expect(await db.leads.count()).toBe(0);
  });

  it('a lead scored under rules changed since comes back scored under the rules in force', async () => {
    const db = freshDb();
    const [id] = await seed(db, ['Ada Lovelace']);
    const scored = (await db.leads.get(id!))!.score;
    await bulkDelete(db, [id!], NOW + HOUR);
    const rules = {
      ...DEFAULT_RULESET,
      rules: [...DEFAULT_RULESET.rules, { id: 'sales-title', name: 'Sales title', enabled: true, points: 15, per: 'match' as const, condition: { kind: 'text' as const, field: 'title' as const, op: 'contains' as const, value: 'sales' } }],
    };
    await saveRuleSet(db, rules, NOW + 2 * HOUR);
    await undoDelete(db, NOW + 3 * HOUR);
    expect((await db.leads.get(id!))?.score).toBe(scored + 15);
  });

  it('a lead whose stage was removed since moves as the stages editor moves leads, with a history entry', async () => {
    const db = freshDb();
    const [id] = await seed(db, ['Ada Lovelace']);
    await bulkSetStage(db, [id!], 'trial', NOW + HOUR);
    await bulkDelete(db, [id!], NOW + 2 * HOUR);
    const removed = removeStage(await getPipeline(db), 'trial', 'demo');
    if (!removed.ok) throw new Error(removed.error);
    await savePipeline(db, removed.pipeline, [removed.move], NOW + 3 * HOUR);
    expect(await undoDelete(db, NOW + 4 * HOUR, sequentialIds('undo-move'))).toEqual({ restored: 1, skipped: 0, moved: 1 });
    const lead = await db.leads.get(id!);
    // To the stage the rep sent trial's leads to (the pipeline remembers it), not back to "new".
    expect(lead).toMatchObject({ stageId: 'demo', stageChangedAt: NOW + 4 * HOUR });
    const history = await db.stageHistory.where('leadId').equals(id!).sortBy('at');
    expect(history.at(-1)).toMatchObject({ fromStage: 'trial', toStage: 'demo', kind: 'stage-removed' });
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 4 * HOUR));
  });
});
