import { describe, expect, it } from 'vitest';
import type { PersonCaptureInput } from '../../lib/capture/schema';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { updateLead } from '../../lib/db/edit-lead';
import { StorageError } from '../../lib/db/errors';
import { saveCapture } from '../../lib/db/save-capture';
import { freshDb, NOW, sequentialIds } from './helpers/db';

function person(input: Partial<PersonCaptureInput>) {
  return { kind: 'person' as const, person: PersonCaptureSchema.parse({ source: 'linkedin', capturedAt: NOW, ...input }) };
}

const jane = {
  fullName: 'Jane Doe',
  title: 'Head of Sales',
  companyName: 'Acme Analytics',
  linkedinUrl: 'https://www.linkedin.com/in/jane-doe/',
  sourceUrl: 'https://www.linkedin.com/in/jane-doe/',
};

describe('saveCapture', () => {
  it('creates a lead, its company and a "captured" activity', async () => {
    const db = freshDb();
    const saved = await saveCapture(db, person(jane), NOW, sequentialIds());
    expect(saved.status).toBe('created');
    const lead = await db.leads.get(saved.id);
    expect(lead).toMatchObject({ fullName: 'Jane Doe', companyName: 'Acme Analytics', createdAt: NOW, editedFields: [] });
    expect(lead?.words).toEqual(expect.arrayContaining(['jane', 'doe', 'acme', 'head', 'sales']));
    expect(await db.companies.count()).toBe(1);
    expect(lead?.companyId).toBe((await db.companies.toArray())[0]?.id);
    expect(await db.activities.where('leadId').equals(saved.id).toArray()).toMatchObject([{ kind: 'captured', at: NOW }]);
  });

  it('capturing again refreshes page fields but keeps fields the rep edited and creates no second lead', async () => {
    const db = freshDb();
    const first = await saveCapture(db, person(jane), NOW, sequentialIds('a'));
    await updateLead(db, first.id, { title: 'VP Sales (typed by rep)' }, NOW + 1000);
    const again = await saveCapture(
      db,
      person({ ...jane, title: 'Chief Revenue Officer', location: 'Warsaw', linkedinUrl: 'https://pl.linkedin.com/in/Jane-Doe?trk=x' }),
      NOW + 2000,
      sequentialIds('b'),
    );
    expect(again.status).toBe('updated');
    expect(again.id).toBe(first.id);
    expect(await db.leads.count()).toBe(1);
    const lead = await db.leads.get(first.id);
    expect(lead?.title).toBe('VP Sales (typed by rep)');
    expect(lead?.location).toBe('Warsaw');
    expect(lead?.editedFields).toEqual(['title']);
    expect(await db.activities.count()).toBe(1);
  });

  it('a capture missing a field does not erase what is stored', async () => {
    const db = freshDb();
    const first = await saveCapture(db, person({ ...jane, location: 'Kraków' }), NOW);
    await saveCapture(db, person({ linkedinUrl: jane.linkedinUrl, fullName: 'Jane Doe' }), NOW + 1);
    expect((await db.leads.get(first.id))?.location).toBe('Kraków');
  });

  it('matches on e-mail, then on name plus company, when there is no profile URL', async () => {
    const db = freshDb();
    const byMail = await saveCapture(db, person({ fullName: 'Ann Lee', email: 'Ann@Example.com', source: 'website' }), NOW);
    const again = await saveCapture(db, person({ fullName: 'Ann Lee', email: 'ann@example.com', source: 'context-menu' }), NOW + 1);
    expect(again.id).toBe(byMail.id);
    const byName = await saveCapture(db, person({ fullName: 'Piotr Nowak', companyName: 'Acme Sp. z o.o.', source: 'website' }), NOW);
    const sameName = await saveCapture(db, person({ fullName: 'piotr nowak', companyName: 'ACME', source: 'website' }), NOW + 1);
    expect(sameName.id).toBe(byName.id);
    expect(await db.leads.count()).toBe(2);
  });

  it('two different profiles with the same name and company stay two leads', async () => {
    const db = freshDb();
    await saveCapture(db, person({ ...jane, linkedinUrl: 'https://www.linkedin.com/in/jane-doe-1/' }), NOW);
    await saveCapture(db, person({ ...jane, linkedinUrl: 'https://www.linkedin.com/in/jane-doe-2/' }), NOW);
    expect(await db.leads.count()).toBe(2);
  });

  it('saving the same profile many times at once gives one lead', async () => {
    const db = freshDb();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => saveCapture(db, person(jane), NOW + i)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.leads.count()).toBe(1);
    expect(results.filter((r) => r.status === 'created')).toHaveLength(1);
  });

  it('stores hostile text as text, cut and cleaned', async () => {
    const db = freshDb();
    const saved = await saveCapture(
      db,
      person({ fullName: '<img src=x onerror=alert(1)>\u202EEve', headline: 'x'.repeat(100_000), linkedinUrl: 'javascript:alert(1)' }),
      NOW,
    );
    const lead = await db.leads.get(saved.id);
    expect(lead?.fullName).toBe('<img src=x onerror=alert(1)>Eve');
    expect(lead?.headline).toHaveLength(300);
    expect(lead?.linkedinUrl).toBeUndefined();
  });

  it('a failed write leaves no half-written record and says why', async () => {
    const db = freshDb();
    await db.open();
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    db.activities.hook('creating', () => {
      throw quota;
    });
    await expect(saveCapture(db, person(jane), NOW)).rejects.toMatchObject({ code: 'quota' });
    await expect(saveCapture(db, person(jane), NOW)).rejects.toBeInstanceOf(StorageError);
    expect(await db.leads.count()).toBe(0);
    expect(await db.companies.count()).toBe(0);
  });

  it('refuses a capture with no valid shape', async () => {
    const db = freshDb();
    await expect(saveCapture(db, { kind: 'person', person: { source: 'nope' } } as never, NOW)).rejects.toMatchObject({ code: 'invalid' });
  });
});
