import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { addActivity } from '../../lib/db/activities';
import { updateLead } from '../../lib/db/edit-lead';
import { saveCapture } from '../../lib/db/save-capture';
import { readChanges, trimChanges } from '../../lib/db/write/change-log';
import { freshDb, NOW } from './helpers/db';

const DAY = 86_400_000;
const capture = (n: number) => ({ kind: 'person' as const, person: PersonCaptureSchema.parse({ fullName: `Lead ${n}`, linkedinUrl: `https://www.linkedin.com/in/lead-${n}/`, source: 'linkedin', capturedAt: NOW }) });

describe('the change log', () => {
  it('says what changed since a checkpoint: table, key, kind, time, fields and who changed it', async () => {
    const db = freshDb();
    const { id } = await saveCapture(db, capture(1), NOW);
    const first = await readChanges(db, 0);
    if (!first.ok) throw new Error('behind on a new log');
    // The capture created a lead, its "captured" touch and its first stage.
    expect(first.entries.map((e) => [e.table, e.kind, e.origin])).toEqual([
      ['leads', 'create', 'rep'],
      ['activities', 'create', 'rep'],
      ['stageHistory', 'create', 'rep'],
    ]);
    expect(first.entries[0]).toMatchObject({ key: id, at: NOW });
    await updateLead(db, id, { email: 'jan@example.com' }, NOW + 1);
    const next = await readChanges(db, first.next);
    if (!next.ok) throw new Error('behind');
    expect(next.entries).toEqual([expect.objectContaining({ table: 'leads', key: id, kind: 'update', at: NOW + 1, fields: expect.arrayContaining(['email', 'editedFields', 'updatedAt']) })]);
    expect(next.entries[0]?.fields).not.toContain('fullName');
    // Nothing since the last read.
    expect(await readChanges(db, next.next)).toEqual({ ok: true, entries: [], next: next.next });
  });

  it('is bounded by size and age whatever its readers do; a reader left behind is told to resynchronise', async () => {
    const db = freshDb();
    const { id } = await saveCapture(db, capture(1), NOW - 100 * DAY);
    for (let i = 0; i < 5; i++) await addActivity(db, { leadId: id, kind: 'note', direction: 'none', at: NOW - 100 * DAY }, NOW - 100 * DAY + i);
    for (let i = 0; i < 6; i++) await addActivity(db, { leadId: id, kind: 'note', direction: 'none', at: NOW }, NOW + i);
    const all = await db.changes.count();
    expect(all).toBe(3 + 5 * 2 + 6 * 2);
    // Older than 90 days goes: the capture and the first five notes.
    expect(await trimChanges(db, NOW, { maxAgeMs: 90 * DAY, maxEntries: 1_000 })).toBe(3 + 5 * 2);
    // Beyond the size limit goes too.
    expect(await trimChanges(db, NOW, { maxAgeMs: 90 * DAY, maxEntries: 4 })).toBe(6 * 2 - 4);
    expect(await db.changes.count()).toBe(4);
    const behind = await readChanges(db, 0);
    expect(behind).toEqual({ ok: false, behind: true, resumeFrom: (await db.changes.orderBy(':id').lastKey()) as number });
    // From where it resumes, it reads on.
    if (behind.ok) return;
    await addActivity(db, { leadId: id, kind: 'call', direction: 'outbound', at: NOW + 10 }, NOW + 10);
    const read = await readChanges(db, behind.resumeFrom);
    expect(read.ok && read.entries.map((e) => e.table)).toEqual(['activities', 'leads']);
  });
});
