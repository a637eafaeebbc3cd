import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { bulkDelete, bulkSetStage, bulkTag, undoDelete } from '../../lib/db/bulk';
import type { LeadsDatabase } from '../../lib/db/database';
import { StorageError } from '../../lib/db/errors';
import { saveCapture } from '../../lib/db/save-capture';
import { DEFAULT_LIST_QUERY, fetchLeadPage } from '../../lib/leads/list-query';
import { freshDb, NOW, sequentialIds } from './helpers/db';

async function seed(db: LeadsDatabase, n: number): Promise<string[]> {
  const ids: string[] = [];
  const newId = sequentialIds('lead');
  for (let i = 0; i < n; i += 1) {
    const person = PersonCaptureSchema.parse({
      fullName: `Person Number${i}`,
      companyName: 'Acme',
      title: 'Head of Sales',
      linkedinUrl: `https://www.linkedin.com/in/p-${i}/`,
      source: 'linkedin',
      capturedAt: NOW,
    });
    ids.push((await saveCapture(db, { kind: 'person', person }, NOW, newId)).id);
  }
  return ids;
}

const LATER = NOW + 60_000;

describe('bulkTag', () => {
  it('adds the tag once, makes it searchable and marks tags as edited', async () => {
    const db = freshDb();
    const ids = await seed(db, 5);
    const first = await bulkTag(db, ids.slice(0, 3), '  Webinar ', LATER);
    expect(first).toEqual({ changed: 3, skipped: 0 });
    const again = await bulkTag(db, [...ids.slice(0, 4), 'missing-lead-id'], 'webinar', LATER);
    expect(again).toEqual({ changed: 1, skipped: 4 });
    const leads = await db.leads.bulkGet(ids);
    expect(leads.map((l) => l?.tags)).toEqual([['webinar'], ['webinar'], ['webinar'], ['webinar'], []]);
    expect(leads[0]?.editedFields).toContain('tags');
    expect(leads[0]?.updatedAt).toBe(LATER);
    expect(await db.leads.where('tags').equals('webinar').count()).toBe(4);
    expect((await fetchLeadPage(db, { ...DEFAULT_LIST_QUERY, search: 'webin' }, LATER, { offset: 0, limit: 10 })).map((l) => l.id).sort()).toEqual(ids.slice(0, 4));
  });

  it('splits "Hot, q1" at the comma as the panel does: two tags, each found by the tag filter', async () => {
    const db = freshDb();
    const ids = await seed(db, 2);
    await bulkTag(db, [ids[0] ?? ''], 'q1', LATER);
    expect(await bulkTag(db, ids, ' Hot, q1 ,, ', LATER)).toEqual({ changed: 2, skipped: 0 });
    expect((await db.leads.bulkGet(ids)).map((l) => l?.tags)).toEqual([['q1', 'hot'], ['hot', 'q1']]);
    const tagged = async (tag: string) => (await fetchLeadPage(db, { ...DEFAULT_LIST_QUERY, tag }, LATER, { offset: 0, limit: 10 })).length;
    expect([await tagged('hot'), await tagged('q1'), await tagged('hot, q1')]).toEqual([2, 2, 0]);
    await expect(bulkTag(db, ids, ' , ', LATER)).rejects.toBeInstanceOf(StorageError);
  });

  it('refuses an empty tag and changes nothing', async () => {
    const db = freshDb();
    const ids = await seed(db, 2);
    await expect(bulkTag(db, ids, '   ', LATER)).rejects.toBeInstanceOf(StorageError);
    expect((await db.leads.bulkGet(ids)).map((l) => l?.tags)).toEqual([[], []]);
  });
});

describe('bulkSetStage', () => {
  it('moves leads with one history entry each, from their old stage', async () => {
    const db = freshDb();
    const ids = await seed(db, 4);
    await db.leads.update(ids[1] ?? '', { stageId: 'discovery' });
    await db.leads.update(ids[3] ?? '', { stageId: 'demo' });
    const historyIds = sequentialIds('hist');
    const result = await bulkSetStage(db, ids, 'demo', LATER, historyIds);
    expect(result).toEqual({ changed: 3, skipped: 1 });
    const leads = await db.leads.bulkGet(ids);
    expect(leads.map((l) => l?.stageId)).toEqual(['demo', 'demo', 'demo', 'demo']);
    expect(leads[0]?.stageChangedAt).toBe(LATER);
    const changes = await db.stageHistory.where('toStage').equals('demo').toArray();
    expect(changes.map((c) => [c.leadId, c.fromStage, c.kind, c.at]).sort()).toEqual(
      [
        [ids[0], 'new', 'change', LATER],
        [ids[1], 'discovery', 'change', LATER],
        [ids[2], 'new', 'change', LATER],
      ].sort(),
    );
  });

  it('refuses won and lost in bulk, and skips closed leads', async () => {
    const db = freshDb();
    const ids = await seed(db, 3);
    const before = await db.stageHistory.count();
    expect(await bulkSetStage(db, ids, 'won', LATER)).toEqual({ changed: 0, skipped: 3 });
    expect(await bulkSetStage(db, ids, 'lost', LATER)).toEqual({ changed: 0, skipped: 3 });
    expect(await db.stageHistory.count()).toBe(before);
    await db.leads.update(ids[0] ?? '', { stageId: 'lost' });
    expect(await bulkSetStage(db, ids, 'qualified', LATER)).toEqual({ changed: 2, skipped: 1 });
    expect((await db.leads.get(ids[0] ?? ''))?.stageId).toBe('lost');
  });

  it('refuses a stage that does not exist', async () => {
    const db = freshDb();
    const ids = await seed(db, 1);
    await expect(bulkSetStage(db, ids, 'no-such-stage', LATER)).rejects.toBeInstanceOf(StorageError);
  });
});

describe('bulkDelete and undoDelete', () => {
  it('deletes leads with their activities and history, and undo restores them exactly', async () => {
    const db = freshDb();
    const ids = await seed(db, 5);
    await bulkSetStage(db, ids.slice(0, 2), 'discovery', LATER);
    const gone = ids.slice(0, 3);
    const snapshot = async () => ({
      leads: await db.leads.orderBy('id').toArray(),
      activities: await db.activities.orderBy('id').toArray(),
      history: await db.stageHistory.orderBy('id').toArray(),
    });
    const before = await snapshot();
    expect(before.activities.filter((a) => gone.includes(a.leadId)).length).toBeGreaterThan(0);

    expect(await bulkDelete(db, [...gone, 'missing-lead-id'], NOW)).toEqual({ deleted: 3 });
    expect((await db.deletedLeads.toArray()).map((row) => row.id).sort()).toEqual(gone);
    expect(await db.leads.count()).toBe(2);
    expect(await db.activities.where('leadId').anyOf(gone).count()).toBe(0);
    expect(await db.stageHistory.where('leadId').anyOf(gone).count()).toBe(0);
    expect(await db.activities.where('leadId').anyOf(ids.slice(3)).count()).toBeGreaterThan(0);

    expect(await undoDelete(db, NOW)).toEqual({ restored: 3, skipped: 0, moved: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('does not restore over a lead saved again from the same profile', async () => {
    const db = freshDb();
    const ids = await seed(db, 2);
    await bulkDelete(db, ids, NOW);
    const again = PersonCaptureSchema.parse({ fullName: 'Person Number0', linkedinUrl: 'https://www.linkedin.com/in/p-0/', source: 'linkedin', capturedAt: NOW });
    const saved = await saveCapture(db, { kind: 'person', person: again }, LATER);
    expect(await undoDelete(db, NOW)).toMatchObject({ restored: 1, skipped: 1 });
    expect((await db.leads.toArray()).map((l) => l.id).sort()).toEqual([ids[1], saved.id].sort());
  });
});
