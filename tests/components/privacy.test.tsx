import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { keepConnection } from '../../lib/db/crm-connections';
import { readEraseQueue } from '../../lib/crm/sync/erase-queue';
import { DbProvider } from '../../components/db-context';
import { PanelApp, type PanelActions } from '../../components/PanelApp';
import { PrivacyOptions } from '../../components/privacy/PrivacyOptions';
import type { StorageSetup } from '../../components/privacy/StorageBlock';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { updateLead } from '../../lib/db/edit-lead';
import { saveCapture } from '../../lib/db/save-capture';
import { getRetention, saveRetention } from '../../lib/db/settings';
import type { StorageApi } from '../../lib/privacy/storage';
import { usePanelStore } from '../../lib/ui/panel-store';
import { useUndoStore } from '../../lib/ui/undo-store';
import type { LeadsDatabase } from '../../lib/db/database';
import { freshDb, NOW } from '../unit/helpers/db';

const PROFILE = 'https://www.linkedin.com/in/jane-erasable/';
const actions: PanelActions = { readTab: vi.fn(), save: vi.fn() };
const DAY = 86_400_000;

beforeEach(() => {
  usePanelStore.setState({ view: 'lead', pickedLeadId: undefined });
  useUndoStore.setState({ last: undefined });
});

async function person(db: LeadsDatabase, name: string, url: string, at: number): Promise<string> {
  return (await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName: name, linkedinUrl: url, email: `${name.split(' ')[0]!.toLowerCase()}@example.com`, source: 'linkedin', capturedAt: at }) }, at)).id;
}

describe('"Erase this person" in the side panel', () => {
  it('asks first, then erases for good, forgets the undo, and shows the anonymous record', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const id = await person(db, 'Jane Erasable', PROFILE, NOW);
    await updateLead(db, id, { phone: '+48 600 100 200', notes: 'Jane likes sailing' }, NOW);
    const revert = vi.fn(async () => undefined);
    useUndoStore.getState().remember(id, 'Notes', revert);
    render(
      <DbProvider db={db}>
        <PanelApp target={undefined} tab={{ id: 1, url: PROFILE }} actions={actions} />
      </DbProvider>,
    );
    await screen.findByRole('heading', { name: 'Jane Erasable' });

    // Asked first; cancelling changes nothing.
    await user.click(screen.getByRole('button', { name: 'Erase this person' }));
    const confirm = screen.getByRole('group', { name: 'Erase this person' });
    expect(within(confirm).getByText(/There is no undo/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect((await db.leads.get(id))?.fullName).toBe('Jane Erasable');

    await user.click(screen.getByRole('button', { name: 'Erase this person' }));
    await user.click(screen.getByRole('button', { name: 'Erase for good' }));
    expect(await screen.findByRole('heading', { name: 'Erased person' })).toBeInTheDocument();
    const lead = (await db.leads.get(id))!;
    expect(lead.erasedAt).toBeDefined();
    expect([lead.fullName, lead.email, lead.phone, lead.notes, lead.linkedinUrl]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    // No "Undo" can put her back, and nothing is left to type into.
    expect(useUndoStore.getState().last).toBeUndefined();
    expect(revert).not.toHaveBeenCalled();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByText(/Jane/)).toBeNull();
  }, 20_000);
});

describe('"Erase this person" with HubSpot connected', () => {
  const account = { accountId: '4242424', uiDomain: 'app-eu1.hubspot.com', currency: 'EUR', timeZone: 'Europe/Warsaw' };
  afterEach(() => void vi.restoreAllMocks());

  async function renderLinked(linked: boolean) {
    const db = freshDb();
    const id = await person(db, 'Jane Erasable', PROFILE, NOW);
    await keepConnection(db, { crm: 'hubspot', token: 'tok', account, owners: [], connectedAt: NOW, state: 'connected' });
    if (linked) await db.crmLinks.put({ kind: 'contact', localId: id, crmId: '10001', leadId: id });
    const sent: unknown[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      // The background is slow to answer: the card says the delete waits meanwhile.
      return new Promise(() => undefined);
    });
    render(
      <DbProvider db={db}>
        <PanelApp target={undefined} tab={{ id: 1, url: PROFILE }} actions={actions} />
      </DbProvider>,
    );
    await screen.findByRole('heading', { name: 'Jane Erasable' });
    return { db, id, sent };
  }

  it('offers the GDPR delete for a synced person; ticked, it queues the contact and asks the background to delete it', async () => {
    const user = userEvent.setup();
    const { db, id, sent } = await renderLinked(true);
    await user.click(screen.getByRole('button', { name: 'Erase this person' }));
    const box = await screen.findByRole('checkbox', { name: 'Also delete this contact in HubSpot (GDPR delete)' });
    expect(box).not.toBeChecked();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Erase for good' }));
    expect(await screen.findByRole('heading', { name: 'Erased person' })).toBeInTheDocument();
    expect((await readEraseQueue(db))?.entries).toMatchObject([{ contactId: '10001', leadId: id }]);
    expect(await db.crmLinks.get(['contact', id])).toBeUndefined();
    expect(sent).toContainEqual({ type: 'crm.erase' });
    expect(await screen.findByTestId('erase-crm-waiting')).toHaveTextContent(/Deleting this contact in HubSpot/);
  }, 20_000);

  it('unticked, nothing is queued and nothing asked', async () => {
    const user = userEvent.setup();
    const { db, sent } = await renderLinked(true);
    await user.click(screen.getByRole('button', { name: 'Erase this person' }));
    await screen.findByRole('checkbox', { name: /GDPR delete/ });
    await user.click(screen.getByRole('button', { name: 'Erase for good' }));
    expect(await screen.findByRole('heading', { name: 'Erased person' })).toBeInTheDocument();
    expect(await readEraseQueue(db)).toBeUndefined();
    expect(sent).not.toContainEqual({ type: 'crm.erase' });
    expect(screen.queryByTestId('erase-crm-waiting')).toBeNull();
  }, 20_000);

  it('no box for a person without a HubSpot contact', async () => {
    const user = userEvent.setup();
    const { db, id } = await renderLinked(false);
    await user.click(screen.getByRole('button', { name: 'Erase this person' }));
    expect(screen.getByRole('button', { name: 'Erase for good' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /GDPR delete/ })).toBeNull();
    // The sync links them meanwhile: the box comes (so its absence above was the missing contact's doing).
    await db.crmLinks.put({ kind: 'contact', localId: id, crmId: '10001', leadId: id });
    expect(await screen.findByRole('checkbox', { name: /GDPR delete/ })).toBeInTheDocument();
  }, 20_000);
});

function fakeStorage(persisted: boolean, grant: boolean): StorageApi & { persist: ReturnType<typeof vi.fn> } {
  let state = persisted;
  return {
    persisted: async () => state,
    persist: vi.fn(async () => (state = grant)),
    estimate: async () => ({ usage: 1_234_567, quota: 500_000_000 }),
  };
}

function renderOptions(db: LeadsDatabase, storage: StorageSetup) {
  render(
    <DbProvider db={db}>
      <PrivacyOptions storage={storage} />
    </DbProvider>,
  );
}

describe('the privacy section of the options page', () => {
  it('states what is stored and that nothing leaves the browser until a CRM is connected', async () => {
    renderOptions(freshDb(), { api: undefined, unlimited: false, askPersist: false });
    const section = document.getElementById('privacy')!;
    expect(section).toBeInTheDocument();
    expect(within(section).getByTestId('privacy-statement').textContent).toMatch(/nothing leaves the browser until you connect your team’s CRM/);
    expect(within(section).getByText(/What is stored/)).toBeInTheDocument();
    expect(await within(section).findByText('Persistent: unknown (this browser does not say).')).toBeInTheDocument();
    expect(within(section).getByText('Space used: unknown.')).toBeInTheDocument();
  });

  it('Firefox: shows persistence and use, and asks for persistence only when the rep clicks', async () => {
    const user = userEvent.setup();
    const api = fakeStorage(false, true);
    renderOptions(freshDb(), { api, unlimited: false, askPersist: true });
    expect(await screen.findByTestId('storage-persisted')).toHaveTextContent('Persistent: no.');
    expect(screen.getByTestId('storage-used')).toHaveTextContent('Used: 1.2 MB of 500 MB available to the extension.');
    expect(api.persist).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Keep my data persistent' }));
    expect(api.persist).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Your data is now persistent.')).toBeInTheDocument();
    expect(screen.getByTestId('storage-persisted')).toHaveTextContent('Persistent: yes.');
    expect(screen.queryByRole('button', { name: 'Keep my data persistent' })).toBeNull();
  });

  it('Firefox: says so when the browser refuses', async () => {
    const user = userEvent.setup();
    renderOptions(freshDb(), { api: fakeStorage(false, false), unlimited: false, askPersist: true });
    await user.click(await screen.findByRole('button', { name: 'Keep my data persistent' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('did not make it persistent');
  });

  it('Chrome: unlimitedStorage keeps the data, and no button asks', async () => {
    const api = fakeStorage(false, true);
    renderOptions(freshDb(), { api, unlimited: true, askPersist: false });
    expect(await screen.findByText(/holds the unlimitedStorage permission/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Keep my data persistent' })).toBeNull();
    expect(api.persist).not.toHaveBeenCalled();
  });

  it('retention: off by default, refused when invalid, and reviewed leads are erased only once confirmed', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const now = Date.now();
    const old1 = await person(db, 'Olga Stale', 'https://www.linkedin.com/in/olga-stale/', now - 800 * DAY);
    const old2 = await person(db, 'Oskar Stale', 'https://www.linkedin.com/in/oskar-stale/', now - 900 * DAY);
    await person(db, 'Fresh Fiona', 'https://www.linkedin.com/in/fresh-fiona/', now - 2 * DAY);
    renderOptions(db, { api: undefined, unlimited: false, askPersist: false });

    const enabled = await screen.findByRole('checkbox', { name: /List leads for review/ });
    expect(enabled).not.toBeChecked();
    expect(screen.queryByRole('button', { name: 'Find leads to review' })).toBeNull();

    const months = screen.getByRole('textbox', { name: 'Months without a touch' });
    await user.clear(months);
    await user.type(months, '0');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter whole months, from 1 to 120.');
    expect((await getRetention(db)).months).toBe(24);

    await user.clear(months);
    await user.type(months, '12');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await getRetention(db)).toEqual({ enabled: false, months: 12 }));
    expect(await screen.findByText('Retention saved.')).toBeInTheDocument();
    await user.click(await screen.findByRole('checkbox', { name: /List leads for review/ }));
    await waitFor(async () => expect(await getRetention(db)).toEqual({ enabled: true, months: 12 }));

    await user.click(await screen.findByRole('button', { name: 'Find leads to review' }));
    const list = await screen.findByRole('list', { name: 'Leads to review' });
    expect(screen.getByText('2 leads have had no touch for 12 months.')).toBeInTheDocument();
    // Untouched longest first; Fiona is not listed.
    expect(within(list).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent)).toEqual(['Oskar Stale', 'Olga Stale']);
    await user.click(within(list).getByRole('checkbox', { name: /Olga Stale/ }));

    await user.click(screen.getByRole('button', { name: 'Erase selected (1)' }));
    expect(screen.getByText(/Erase the personal data of 1 lead\?/)).toBeInTheDocument();
    expect((await db.leads.get(old2))?.fullName).toBe('Oskar Stale');
    await user.click(screen.getByRole('button', { name: 'Yes, erase them' }));
    expect(await screen.findByText('Erased: 1.')).toBeInTheDocument();
    const erased = (await db.leads.get(old2))!;
    expect([erased.fullName, erased.email, erased.linkedinUrl]).toEqual([undefined, undefined, undefined]);
    expect(erased.erasedAt).toEqual(expect.any(Number));
    expect((await db.leads.get(old1))?.fullName).toBe('Olga Stale');
  }, 20_000);

  describe('retention with HubSpot connected', () => {
    const account = { accountId: '4242424', uiDomain: 'app-eu1.hubspot.com', currency: 'EUR', timeZone: 'Europe/Warsaw' };
    afterEach(() => void vi.restoreAllMocks());

    /** Three stale leads, two of them synced to contacts; the review found and every row ticked. */
    async function reviewLinked(state: 'connected' | 'disconnected' = 'connected') {
      const user = userEvent.setup();
      const db = freshDb();
      const now = Date.now();
      const ids = [
        await person(db, 'Olga Stale', 'https://www.linkedin.com/in/olga-stale/', now - 800 * DAY),
        await person(db, 'Oskar Stale', 'https://www.linkedin.com/in/oskar-stale/', now - 900 * DAY),
        await person(db, 'Ola Unsynced', 'https://www.linkedin.com/in/ola-unsynced/', now - 700 * DAY),
      ];
      await keepConnection(db, { crm: 'hubspot', token: 'tok', account, owners: [], connectedAt: now, state });
      await db.crmLinks.bulkPut([
        { kind: 'contact', localId: ids[0]!, crmId: '10001', leadId: ids[0]! },
        { kind: 'contact', localId: ids[1]!, crmId: '10002', leadId: ids[1]! },
      ]);
      await saveRetention(db, { enabled: true, months: 12 }, now);
      const sent: unknown[] = [];
      vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
        sent.push(message);
        return new Promise(() => undefined);
      });
      renderOptions(db, { api: undefined, unlimited: false, askPersist: false });
      await user.click(await screen.findByRole('button', { name: 'Find leads to review' }));
      await screen.findByRole('list', { name: 'Leads to review' });
      return { user, db, ids, sent };
    }

    it.each([
      ['erase', 'Erase selected (3)', 'Yes, erase them', 'Erased: 3.'],
      ['delete', 'Delete selected (3)', 'Yes, delete them', 'Deleted: 3.'],
    ])('%s: offers the GDPR delete for the linked contacts; ticked, queues both and asks the background', async (_action, choose, confirm, done) => {
      const { user, db, ids, sent } = await reviewLinked();
      await user.click(screen.getByRole('button', { name: choose }));
      const box = await screen.findByRole('checkbox', { name: 'Also delete their 2 linked contacts in HubSpot (GDPR delete)' });
      expect(box).not.toBeChecked();
      await user.click(box);
      await user.click(screen.getByRole('button', { name: confirm }));
      expect(await screen.findByText(done)).toBeInTheDocument();
      // In the review's order: untouched longest first.
      expect((await readEraseQueue(db))?.entries).toMatchObject([
        { contactId: '10002', leadId: ids[1] },
        { contactId: '10001', leadId: ids[0] },
      ]);
      expect(await db.crmLinks.count()).toBe(0);
      expect(sent).toContainEqual({ type: 'crm.erase' });
    }, 20_000);

    it('unticked, nothing is queued and nothing asked; the links still go', async () => {
      const { user, db, sent } = await reviewLinked();
      await user.click(screen.getByRole('button', { name: 'Erase selected (3)' }));
      await screen.findByRole('checkbox', { name: /GDPR delete/ });
      await user.click(screen.getByRole('button', { name: 'Yes, erase them' }));
      expect(await screen.findByText('Erased: 3.')).toBeInTheDocument();
      expect(await readEraseQueue(db)).toBeUndefined();
      expect(await db.crmLinks.count()).toBe(0);
      expect(sent).not.toContainEqual({ type: 'crm.erase' });
    }, 20_000);

    it('counts only the ticked rows with a contact, and queues only theirs', async () => {
      const { user, db, ids } = await reviewLinked();
      const list = screen.getByRole('list', { name: 'Leads to review' });
      await user.click(within(list).getByRole('checkbox', { name: /Oskar Stale/ }));
      await user.click(screen.getByRole('button', { name: 'Erase selected (2)' }));
      await user.click(await screen.findByRole('checkbox', { name: 'Also delete their linked contact in HubSpot (GDPR delete)' }));
      await user.click(screen.getByRole('button', { name: 'Yes, erase them' }));
      expect(await screen.findByText('Erased: 2.')).toBeInTheDocument();
      expect((await readEraseQueue(db))?.entries).toMatchObject([{ contactId: '10001', leadId: ids[0] }]);
      expect(await db.crmLinks.get(['contact', ids[1]!])).toBeDefined();
    }, 20_000);

    it('disconnected: no box', async () => {
      const { user } = await reviewLinked('disconnected');
      await user.click(screen.getByRole('button', { name: 'Erase selected (3)' }));
      expect(await screen.findByRole('button', { name: 'Yes, erase them' })).toBeInTheDocument();
      expect(screen.queryByRole('checkbox', { name: /GDPR delete/ })).toBeNull();
    }, 20_000);
  });
});
