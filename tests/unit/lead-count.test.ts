import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { bulkDelete, undoDelete } from '../../lib/db/bulk';
import { saveCapture } from '../../lib/db/save-capture';
import { rebuildFigures } from '../../lib/db/write/figures-store';
import { getLeadCount } from '../../lib/db/settings';
import { freshDb, NOW } from './helpers/db';

const person = (slug: string) => ({ kind: 'person' as const, person: PersonCaptureSchema.parse({ fullName: slug, linkedinUrl: `https://www.linkedin.com/in/${slug}/`, source: 'linkedin', capturedAt: NOW }) });

describe('the kept lead count', () => {
  it('follows captures, re-captures, deletes and undo, always equal to a real count', async () => {
    const db = freshDb();
    expect(await getLeadCount(db)).toBe(0);
    const a = await saveCapture(db, person('ada'), NOW);
    await saveCapture(db, person('grace'), NOW);
    await saveCapture(db, person('ada'), NOW + 1); // the same person again: merged, not counted twice
    expect(await getLeadCount(db)).toBe(2);
    expect(await db.figures.get('totals')).toMatchObject({ leads: 2 });
    await bulkDelete(db, [a.id, 'missing-lead-id'], NOW);
    expect(await getLeadCount(db)).toBe(1);
    await undoDelete(db, NOW);
    expect(await getLeadCount(db)).toBe(2);
    expect(await getLeadCount(db)).toBe(await db.leads.count());
  });

  it('heals a drifted count on a rebuild', async () => {
    const db = freshDb();
    await saveCapture(db, person('ada'), NOW);
    const totals = await db.figures.get('totals');
    await db.figures.put({ ...totals!, leads: 99 });
    expect(await getLeadCount(db)).toBe(99);
    await rebuildFigures(db, NOW);
    expect(await getLeadCount(db)).toBe(1);
  });
});
