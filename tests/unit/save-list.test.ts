/**
 * "Save selected" on a LinkedIn list page, at the background: the people are judged
 * by the sender's tab (a list page), parsed, and saved through the import's bulk
 * path with its duplicate rules; the answer counts new and merged leads.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupMessageHandlers } from '../../lib/background/messages';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import type { BackgroundRequest } from '../../lib/messaging/protocol';
import { importCaptures } from '../../lib/transfer/import-save';
import { freshDb, NOW } from './helpers/db';
import { EXTENSION_PAGE, linkedInTab, sendAs } from './helpers/send-as';

const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=x';
const SALES_LIST = 'https://www.linkedin.com/sales/lists/people/7150000000000000001';
const profile = (id: string) => `https://www.linkedin.com/in/${id}/`;

type Picked = Extract<BackgroundRequest, { type: 'capture.saveList' }>['people'][number];
const si: Picked = { name: 'Si Kai Lee', profileUrl: 'https://www.linkedin.com/in/sikailee?miniProfileUrn=x', headline: 'Data Scientist @ Gaimin', location: 'New York City Metropolitan Area' };
const jake: Picked = { name: 'Jake Nyquist', profileUrl: profile('jake-nyquist'), headline: 'Head of Protocol at Caldera', location: 'New York, NY' };
const dylan: Picked = { name: 'Dylan Sherry', profileUrl: profile('dylansherry'), headline: 'Engineering Leader', location: 'New York City Metropolitan Area' };

let stop: (() => void) | undefined;
afterEach(() => stop?.());

async function setup() {
  const db = freshDb();
  stop = setupMessageHandlers(db, { rescore: vi.fn(), checkCrossings: vi.fn(), contentMessages: async () => ({ locale: 'en', messages: {} }) }, () => NOW);
  // Dylan is saved already, from his profile, with a title the rep edited by hand.
  const saved = await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName: 'Dylan Sherry', linkedinUrl: profile('dylansherry'), source: 'linkedin', capturedAt: NOW - 1000 }) }, NOW - 1000);
  await db.leads.update(saved.id, { title: 'CTO (edited)', editedFields: ['title'] });
  return { db, dylanId: saved.id };
}

describe('capture.saveList', () => {
  it('saves the picked people from a search page: new leads created, a saved one merged, nothing else', async () => {
    const { db, dylanId } = await setup();
    const before = await db.changes.count();
    const answer = await sendAs(linkedInTab(SEARCH), { type: 'capture.saveList', people: [si, jake, dylan] });
    expect(answer).toEqual({ created: 2, merged: 1 });

    const leads = await db.leads.toArray();
    expect(leads.map((l) => l.fullName).sort()).toEqual(['Dylan Sherry', 'Jake Nyquist', 'Si Kai Lee']);
    const siLead = leads.find((l) => l.fullName === 'Si Kai Lee');
    expect(siLead).toMatchObject({
      firstName: 'Si Kai',
      lastName: 'Lee',
      linkedinUrl: profile('sikailee'),
      publicId: 'sikailee',
      headline: 'Data Scientist @ Gaimin',
      location: 'New York City Metropolitan Area',
      source: 'linkedin',
      sourceUrl: SEARCH,
    });
    // The merge takes what the list shows and keeps what the rep typed.
    const merged = await db.leads.get(dylanId);
    expect(merged).toMatchObject({ headline: 'Engineering Leader', location: 'New York City Metropolitan Area', title: 'CTO (edited)' });
    // Three leads touched, in the change log: two created, one updated.
    const log = (await db.changes.where('seq').above(before).toArray()).filter((c) => c.table === 'leads');
    expect(log.map((c) => c.kind).sort()).toEqual(['create', 'create', 'update']);
  });

  it('uses the import’s duplicate rules: name plus company finds a lead saved without a URL; a person twice is one lead', async () => {
    const { db } = await setup();
    await importCaptures(db, [{ row: 1, person: PersonCaptureSchema.parse({ fullName: 'Olivia Martinez', companyName: 'Iberia Logistics', source: 'import', capturedAt: NOW }) }], NOW);
    const olivia: Picked = { name: 'Olivia Martinez', profileUrl: 'https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz,NAME_SEARCH,x7Yz', title: 'Director of Procurement', headline: 'Director of Procurement', companyName: 'Iberia Logistics', location: 'Madrid' };
    const henrik: Picked = { name: 'Henrik Larsen', profileUrl: 'https://www.linkedin.com/sales/lead/ACwAAAC2xyZ789/', companyName: 'Nordlys Energi' };
    expect(await sendAs(linkedInTab(SALES_LIST), { type: 'capture.saveList', people: [olivia, henrik, henrik] })).toEqual({ created: 1, merged: 2 });
    const oliviaLeads = (await db.leads.toArray()).filter((l) => l.fullName === 'Olivia Martinez');
    expect(oliviaLeads).toHaveLength(1);
    expect(oliviaLeads[0]).toMatchObject({ salesNavUrl: 'https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz/', title: 'Director of Procurement' });
    const henriks = (await db.leads.toArray()).filter((l) => l.fullName === 'Henrik Larsen');
    expect(henriks).toHaveLength(1);
    expect(henriks[0]).toMatchObject({ source: 'sales-navigator', sourceUrl: SALES_LIST });
  });

  it('is refused from any tab that is not a LinkedIn list page, even from our own pages; nothing is written', async () => {
    const { db } = await setup();
    const count = await db.leads.count();
    for (const from of [linkedInTab(profile('jake-nyquist')), linkedInTab('https://www.linkedin.com/feed/'), EXTENSION_PAGE, { ...linkedInTab(SEARCH), frameId: 2 }]) {
      await expect(sendAs(from, { type: 'capture.saveList', people: [jake] })).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await db.leads.count()).toBe(count);
  });

  it('refuses a request it cannot trust whole: more than 100 people, no people, a URL that is not a profile, no name', async () => {
    const { db } = await setup();
    const count = await db.leads.count();
    const many = Array.from({ length: 101 }, (_, i) => ({ name: `P ${i}`, profileUrl: profile(`p-${i}`) }));
    for (const people of [many, [], [{ ...jake, profileUrl: 'https://evil.example/in/jake/' }], [{ ...jake, profileUrl: 'https://www.linkedin.com/company/acme/' }], [{ ...jake, name: '  \u0007 ' }]]) {
      await expect(sendAs(linkedInTab(SEARCH), { type: 'capture.saveList', people })).rejects.toMatchObject({ code: 'bad-request' });
    }
    expect(await db.leads.count()).toBe(count);
  });

  it('stores hostile page text as cleaned characters', async () => {
    const { db } = await setup();
    const eve: Picked = { name: '\u202E<img src=x onerror=alert(1)> Eve 🚀', profileUrl: profile('eve'), headline: 'x'.repeat(5000) };
    expect(await sendAs(linkedInTab(SEARCH), { type: 'capture.saveList', people: [eve] })).toEqual({ created: 1, merged: 0 });
    const stored = (await db.leads.toArray()).find((l) => l.linkedinUrl === profile('eve'));
    expect(stored?.fullName).toBe('<img src=x onerror=alert(1)> Eve');
    expect(stored?.headline?.length).toBe(300);
  });
});
