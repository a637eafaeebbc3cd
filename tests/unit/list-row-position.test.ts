import { describe, expect, it } from 'vitest';
import { pickedPersonCapture } from '@/lib/capture/list-capture';
import { PersonCaptureSchema } from '@/lib/capture/schema';
import { saveCapture } from '@/lib/db/save-capture';
import { importCaptures } from '@/lib/transfer/import-save';
import { freshDb, NOW } from './helpers/db';

/**
 * A people-search row shows a name and a headline only. Its title and company are read from the
 * headline as the profile's last resort reads them (so the lead is not "missing" both and its title
 * scores), but only as a guess: they fill a lead without them and never replace a profile's own.
 */
const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=protocol';
const jake = { name: 'Jake Nyquist', profileUrl: 'https://www.linkedin.com/in/jakenyquist/', headline: 'Head of Protocol at Caldera | ex-Coinbase', location: 'San Francisco' };
const fromSearch = (at = NOW) => [{ row: 1, person: pickedPersonCapture(jake, SEARCH, 'search-people', at) }];

describe('a list row: title and company from its headline', () => {
  it('reads them from the headline, marked as guessed', () => {
    const capture = pickedPersonCapture(jake, SEARCH, 'search-people', NOW);
    expect(capture).toMatchObject({ title: 'Head of Protocol', companyName: 'Caldera', headline: jake.headline, guessed: ['title', 'companyName'] });
    // A past job is no current one; a row that shows its own title and company is taken as shown.
    expect(pickedPersonCapture({ ...jake, headline: 'Former CFO at Acme' }, SEARCH, 'search-people', NOW).title).toBeUndefined();
    const salesNav = pickedPersonCapture({ ...jake, title: 'VP Sales', companyName: 'Beta' }, SEARCH, 'search-people', NOW);
    expect(salesNav).toMatchObject({ title: 'VP Sales', companyName: 'Beta' });
    expect(salesNav).not.toHaveProperty('guessed');
  });

  it('a new lead saved from search has them, with its company', async () => {
    const db = freshDb();
    await importCaptures(db, fromSearch(), NOW);
    const [lead] = await db.leads.toArray();
    expect(lead).toMatchObject({ title: 'Head of Protocol', companyName: 'Caldera', companyId: expect.any(String) });
    expect(lead).not.toHaveProperty('guessed');
    expect((await db.companies.toArray()).map((c) => c.name)).toEqual(['Caldera']);
  });

  it('saved again from search, a lead keeps the title and company its profile gave', async () => {
    const db = freshDb();
    const profile = PersonCaptureSchema.parse({ fullName: 'Jake Nyquist', title: 'Protocol Lead', companyName: 'Caldera Labs', linkedinUrl: jake.profileUrl, source: 'linkedin', capturedAt: NOW });
    const { id } = await saveCapture(db, { kind: 'person', person: profile }, NOW);
    await importCaptures(db, fromSearch(NOW + 1), NOW + 1);
    expect(await db.leads.count()).toBe(1);
    expect(await db.leads.get(id)).toMatchObject({ title: 'Protocol Lead', companyName: 'Caldera Labs', headline: jake.headline });
    // No company made of the guess.
    expect((await db.companies.toArray()).map((c) => c.name)).toEqual(['Caldera Labs']);
  });

  it('a lead saved without them gets them from the row', async () => {
    const db = freshDb();
    const bare = PersonCaptureSchema.parse({ fullName: 'Jake Nyquist', linkedinUrl: jake.profileUrl, source: 'linkedin', capturedAt: NOW });
    const { id } = await saveCapture(db, { kind: 'person', person: bare }, NOW);
    await importCaptures(db, fromSearch(NOW + 1), NOW + 1);
    expect(await db.leads.get(id)).toMatchObject({ title: 'Head of Protocol', companyName: 'Caldera' });
  });
});
