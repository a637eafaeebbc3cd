import { describe, expect, it } from 'vitest';
import { commit } from '../../lib/db/write/commit';
import { derivedLeadKeys, personNameKey } from '../../lib/leads/keys';
import { freshDb, NOW } from './helpers/db';
import { leadRecord } from './helpers/lead';

/**
 * A lead's duplicate key and search words are kept by the write layer from its fields,
 * whatever wrote it: a restored file or a hand-made record with keys that miss its
 * fields would be a lead search never finds and a capture never folds into.
 */
describe('the keys a lead is found by', () => {
  it('are made from its fields on every write, whatever keys the writer gave', async () => {
    const db = freshDb();
    const lead = leadRecord({ id: 'lead-keys', fullName: 'Jan Kowalski', companyName: 'Acme Sp. z o.o.', email: 'jan@acme.pl', phone: '+48 600 700 800', words: ['stale'], nameKey: 'someone else|nowhere' });
    await commit(db, ['leads'], { origin: 'rep', now: NOW }, (w) => w.put('leads', lead));
    const stored = await db.leads.get(lead.id);
    expect(stored?.nameKey).toBe(personNameKey('Jan Kowalski', 'Acme'));
    expect(stored?.words).toEqual(derivedLeadKeys(lead).words);
    expect(stored?.words).toEqual(expect.arrayContaining(['jan', 'kowalski', 'acme', 'pl', '600700800']));
    expect(stored?.words).not.toContain('stale');
    // An edit of a field follows: the old company is no longer found, the new one is.
    await commit(db, ['leads'], { origin: 'rep', now: NOW + 1 }, (w) => w.put('leads', { ...stored!, companyName: 'Beta', email: undefined }));
    const edited = await db.leads.get(lead.id);
    expect(edited?.nameKey).toBe('jan kowalski|beta');
    expect(edited?.words).toEqual(['jan', 'kowalski', 'beta', '48', '600', '700', '800', '48600700800', '8600700800', '600700800', '00700800', '0700800']);
    // A lead without a company has no duplicate key.
    await commit(db, ['leads'], { origin: 'rep', now: NOW + 2 }, (w) => w.put('leads', { ...edited!, companyName: undefined }));
    expect(await db.leads.get(lead.id)).not.toHaveProperty('nameKey');
    db.close();
  });

  it('are left as an erase set them: an erased lead is found by nothing', async () => {
    const db = freshDb();
    const erased = leadRecord({ id: 'lead-erased', fullName: 'Erased', companyName: 'Acme', words: [], erasedAt: NOW });
    await commit(db, ['leads'], { origin: 'rep', now: NOW }, (w) => w.put('leads', erased));
    const stored = await db.leads.get(erased.id);
    expect(stored?.words).toEqual([]);
    expect(stored).not.toHaveProperty('nameKey');
    db.close();
  });
});
