import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDueForReview, retentionCutoff } from '../../lib/privacy/retention';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { allStoredTables, storedRecords, tabIdOf } from './harness/extension-data';
import { seedLeads, seedRecords } from './harness/seed';
import { LinkedInPage } from './pages/linkedin-page';
import { OptionsPage } from './pages/options-page';
import { PanelPage } from './pages/panel-page';

const JANE = 'https://www.linkedin.com/in/jane-doe/';

/** Everything about Jane the rep or the capture stored: none of it may survive her erasure, in any table. */
const JANE_STRINGS = {
  email: 'jane.doe@acme-analytics.example',
  phone: '+1 617 555 0142',
  notes: 'Jane prefers calls before nine; daughter at MIT',
  touchNote: 'Jane asked for the security paper',
  budgetNote: 'Jane signs up to 50k',
  nextStep: 'Send Jane the security paper',
  lostReason: 'Jane chose a competitor',
};
const CAPTURED = ['Jane Doe', 'Jane', 'jane-doe', 'Boston, Massachusetts'];

type StoredLead = { id: string; fullName?: string; email?: string; phone?: string; notes?: string; stageId: string; dealValue?: number; erasedAt?: number; createdAt: number };

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

describe('erasing a person (Chromium)', () => {
  it('"Erase this person" in the side panel leaves no trace of them in any table, and an anonymous record', async () => {
    const profile = await LinkedInPage.open(await session.context.newPage(), JANE);
    await profile.save();
    await expect.poll(() => profile.savedButton('Jane Doe').count()).toBe(1);

    const panel = new PanelPage(await session.extensionPage(`sidepanel.html?tab=${await tabIdOf(session.worker, JANE)}`));
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Jane Doe');
    await panel.openSection('Contact details and notes');
    await panel.typeAndLeave('E-mail', JANE_STRINGS.email);
    await panel.typeAndLeave('Phone', JANE_STRINGS.phone);
    await panel.typeAndLeave('Notes', JANE_STRINGS.notes);
    await panel.typeAndLeave('Deal value', '24,000');
    await panel.typeAndLeave('Budget: note', JANE_STRINGS.budgetNote);
    await panel.typeAndLeave('What is next', JANE_STRINGS.nextStep);
    await panel.page.getByLabel('Note (optional)').fill(JANE_STRINGS.touchNote);
    await panel.logTouch('Call');
    await expect.poll(() => panel.timeline().textContent()).toContain(JANE_STRINGS.touchNote);
    await panel.closeAsLost(JANE_STRINGS.lostReason);
    await expect.poll(() => panel.headerStage().textContent()).toContain('Lost');

    // Everything is stored before the erase (so the check after it means something).
    await expect
      .poll(async () => JSON.stringify(await allStoredTables(panel.page)))
      .toSatisfy((all: string) => [...Object.values(JANE_STRINGS), ...CAPTURED].every((s) => all.includes(s)));

    await panel.erasePerson();
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Erased person');

    // Every table, read from an extension page: no name, e-mail, phone, note or other text about her.
    const tables = await allStoredTables(panel.page);
    expect(Object.keys(tables)).toEqual(expect.arrayContaining(['leads', 'activities', 'stageHistory', 'enrolments', 'changes', 'crossings']));
    const all = JSON.stringify(tables);
    for (const s of [...Object.values(JANE_STRINGS), ...CAPTURED]) expect(all, `left behind: ${s}`).not.toContain(s);

    // The anonymous record: stage and value stay, for the metrics.
    const [lead] = await storedRecords<StoredLead>(panel.page, 'leads');
    expect(lead).toMatchObject({ stageId: 'lost', dealValue: 24_000, erasedAt: expect.any(Number) });
    // Her profile no longer finds a lead (its address went with her): reloaded on her tab, the panel offers to save the page afresh.
    await panel.page.reload();
    await expect.poll(() => panel.page.getByText('This page has no saved lead.').count()).toBe(1);
    expect(await panel.page.getByText(/Jane/).count()).toBe(0);
    // The lead list shows what is left, nameless.
    await panel.page.getByRole('button', { name: 'All leads' }).click();
    await expect.poll(() => panel.listItems().allTextContents()).toEqual([expect.stringContaining('Erased person')]);
    expect(session.refused).toEqual([]);
    await Promise.all([profile.page.close(), panel.page.close()]);
  });
});

describe('privacy and storage on the options page (Chromium)', () => {
  it('states what is stored, shows storage kept by unlimitedStorage, and erases leads kept too long once confirmed', async () => {
    const options = new OptionsPage(await session.extensionPage('options.html#privacy'));
    const section = options.privacySection();
    await expect.poll(() => section.getByRole('heading', { name: 'Privacy and storage' }).count()).toBe(1);
    expect(await section.textContent()).toContain('nothing leaves the browser until you connect your team’s CRM');
    await expect.poll(() => options.storagePersisted().textContent()).toMatch(/^Persistent: (yes|no)\./);
    expect(await options.storageUsed().textContent()).toMatch(/^Used: [\d.,]+\s?\S+ of [\d.,]+\s?\S+ available/);
    expect(await section.getByText(/holds the unlimitedStorage permission/).count()).toBe(1);
    // Chrome never asks: the permission does it.
    expect(await section.getByRole('button', { name: 'Keep my data persistent' }).count()).toBe(0);

    // Seeded leads (the benchmarks' seed) were created 20 to 420 days ago and last touched up to 90 days ago: those untouched for 2 months are due.
    const HOUR = 3_600_000;
    const seededAt = Date.now() - 6 * HOUR;
    const LEADS = 40;
    await seedLeads(options.page, { leads: LEADS, activitiesPerLead: 1, now: seededAt });
    // Computed in Node as the page will, at a time clear of every seeded date (they fall on whole or half days from seededAt).
    const cutoff = retentionCutoff(seededAt + 6 * HOUR, 2);
    const due = seedRecords({ leads: LEADS, activitiesPerLead: 1, now: seededAt })
      .records.filter((r) => isDueForReview(r as never, cutoff))
      .map((r) => r.id as string);
    expect(due.length).toBeGreaterThan(0);
    expect(due.length).toBeLessThan(LEADS);
    await options.page.reload();

    await options.setRetention(2);
    await options.reviewRetention();
    await expect.poll(() => options.reviewList().getByRole('listitem').count()).toBe(due.length);
    expect(await section.getByText(`${due.length} leads have had no touch for 2 months.`).count()).toBe(1);
    await options.eraseReviewed();
    await expect.poll(() => section.getByText(`Erased: ${due.length}.`).count()).toBe(1);

    const tables = await allStoredTables(options.page);
    const all = JSON.stringify(tables);
    for (const id of due) {
      const n = Number(id.slice('bench-'.length));
      expect(all).not.toContain(`"Lead ${n}"`);
      expect(all).not.toContain(`/in/bench-${n}/`);
    }
    const leads = tables.leads as StoredLead[];
    expect(leads.filter((l) => l.erasedAt !== undefined).map((l) => l.id).sort()).toEqual(expect.arrayContaining([...due].sort()));
    // The others stay as they were.
    const kept = leads.filter((l) => l.id.startsWith('bench-') && !due.includes(l.id));
    expect(kept).toHaveLength(LEADS - due.length);
    for (const lead of kept) expect(lead.fullName).toBe(`Lead ${Number(lead.id.slice('bench-'.length))}`);
    expect(session.refused).toEqual([]);
    await options.page.close();
  });
});
