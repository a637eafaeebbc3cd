import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { CrmSection } from '../../components/crm/CrmSection';
import { DbProvider } from '../../components/db-context';
import type { LeadsDatabase } from '../../lib/db/database';
import { getCrmMapping } from '../../lib/db/settings';
import { keepConnection } from '../../lib/db/crm-connections';
import { freshDb, NOW } from '../unit/helpers/db';

/**
 * The CRM section: the token field by its accessible name, the permission asked for in
 * the click, what the background answers shown in words, the token never shown again.
 */
let db: LeadsDatabase;
const sent: unknown[] = [];
let answer: unknown;

beforeEach(() => {
  db = freshDb();
  sent.length = 0;
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    // The stage mapping reads the pipelines on its own; the tests below look at what the rep's clicks send.
    if ((message as { type: string }).type === 'crm.pipelines') return { ok: true, data: { ok: true, pipelines: PIPELINES } };
    sent.push(message);
    return { ok: true, data: answer };
  });
  (browser as unknown as { permissions: unknown }).permissions = { request: vi.fn(async () => true) };
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const PIPELINES = [
  {
    id: 'default',
    label: 'Sales Pipeline',
    stages: [
      { id: 'appointmentscheduled', label: 'Appointment scheduled', closed: false, probability: 0.2 },
      { id: 'contractsent', label: 'Contract sent', closed: false, probability: 0.8 },
      { id: 'closedwon', label: 'Closed won', closed: true, probability: 1 },
      { id: 'closedlost', label: 'Closed lost', closed: true, probability: 0 },
    ],
  },
];

const TOKEN = 'pat-eu1-1234abcd-5678-90ef-aaaa-bbbbccccdddd';
const connection = (portalId = '4242') => ({
  crm: 'hubspot' as const,
  token: TOKEN,
  account: { accountId: portalId, uiDomain: 'app-eu1.hubspot.com', currency: 'EUR', timeZone: 'Europe/Warsaw' },
  owners: [
    { id: '1', name: 'Anna Nowak', email: 'anna@acme.io' },
    { id: '2', name: 'Jan Kowalski', email: '' },
  ],
  connectedAt: NOW,
  state: 'connected' as const,
});

const renderSection = () =>
  render(
    <DbProvider db={db}>
      <CrmSection />
    </DbProvider>,
  );

describe('the CRM section', () => {
  it('asks for the HubSpot permission in the click, sends the token, and shows the account without the token', async () => {
    answer = { ok: true, connection: { ...connection(), token: undefined, tokenHint: 'pat-eu1-…dddd' } };
    renderSection();
    const field = await screen.findByLabelText('HubSpot access token');
    await userEvent.type(field, TOKEN);
    // Typed, never written into the page's markup.
    expect(field.getAttribute('value')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(browser.permissions.request).toHaveBeenCalledWith({ origins: ['https://api.hubapi.com/*'] });
    await waitFor(() => expect(sent).toEqual([{ type: 'crm.connect', token: TOKEN, replacePortal: false }]));
    // The background kept it (as it would): the section shows the account, owners, and the hint only.
    await keepConnection(db, connection());
    await waitFor(() => expect(screen.getByTestId('crm-status')).toHaveTextContent('Connected to HubSpot account 4242 (app-eu1.hubspot.com).'));
    expect(screen.getByTestId('crm-owners')).toHaveTextContent('2 owners in this account: Anna Nowak, Jan Kowalski.');
    expect(document.body.textContent).toContain('pat-eu1-…dddd');
    expect(document.body.textContent).not.toContain(TOKEN);
    expect(screen.queryByLabelText('HubSpot access token')).toBeNull();
  });

  it('sends nothing when the browser does not grant the permission, and says so', async () => {
    (browser.permissions.request as ReturnType<typeof vi.fn>).mockResolvedValue(false);
    renderSection();
    await userEvent.type(await screen.findByLabelText('HubSpot access token'), TOKEN);
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The browser was not allowed to reach HubSpot, so nothing was sent.');
    expect(sent).toEqual([]);
  });

  it('says a refused token in words, and asks before connecting to another account', async () => {
    renderSection();
    const field = await screen.findByLabelText('HubSpot access token');
    answer = { ok: false, reason: 'refused' };
    await userEvent.type(field, TOKEN);
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/HubSpot refused this token/);
    expect(field).toHaveAttribute('aria-invalid', 'true');

    answer = { ok: false, reason: 'other-portal', portalId: '777' };
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('This token opens HubSpot account 777, not the one you connected before.');
    answer = { ok: true, connection: { ...connection('777'), token: undefined, tokenHint: 'pat-eu1-…dddd' } };
    await userEvent.click(within(dialog).getByRole('button', { name: 'Connect to account 777' }));
    await waitFor(() => expect(sent.at(-1)).toEqual({ type: 'crm.connect', token: TOKEN, replacePortal: true }));
  });

  it('disconnects only after asking', async () => {
    await keepConnection(db, connection());
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Disconnect' }));
    expect(sent).toEqual([]);
    const dialog = await screen.findByRole('alertdialog');
    answer = { disconnected: true };
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    await waitFor(() => expect(sent).toEqual([{ type: 'crm.disconnect' }]));
  });

  it('shows the sync status and sends "Sync now"', async () => {
    await keepConnection(db, connection());
    renderSection();
    expect(await screen.findByTestId('crm-sync-last')).toHaveTextContent('Not synced yet.');
    expect(screen.getByTestId('crm-sync-pending')).toHaveTextContent('Nothing waiting to sync.');
    answer = { connection: 'connected', pending: 0, erasePending: 0, running: false };
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(sent).toEqual([{ type: 'crm.sync', trigger: 'now' }]));
  });

  it('says how many GDPR deletes wait for HubSpot (the erased people are gone here already)', async () => {
    await keepConnection(db, connection());
    renderSection();
    await screen.findByTestId('crm-sync-pending');
    expect(screen.queryByTestId('crm-sync-erase-pending')).toBeNull();
    const accountId = connection().account.accountId;
    await db.jobs.put({ key: 'crmErase', entries: [1, 2].map((n) => ({ accountId, contactId: `1000${n}`, leadId: `lead-${n}`, queuedAt: NOW })), updatedAt: NOW });
    expect(await screen.findByTestId('crm-sync-erase-pending')).toHaveTextContent('2 GDPR deletes waiting for HubSpot.');
    // Another account's deletes are not this one's to make.
    await db.jobs.put({ key: 'crmErase', entries: [{ accountId: 'other', contactId: '1', leadId: 'lead-1', queuedAt: NOW }], updatedAt: NOW });
    await waitFor(() => expect(screen.queryByTestId('crm-sync-erase-pending')).toBeNull());
  });

  it('proposes a stage mapping for the pipeline and saves the rep’s edit', async () => {
    await keepConnection(db, connection());
    renderSection();
    const won = await screen.findByRole('combobox', { name: 'HubSpot stage for Won' });
    expect(won).toHaveValue('closedwon');
    expect(screen.getByRole('combobox', { name: 'HubSpot stage for Lost' })).toHaveValue('closedlost');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'HubSpot stage for New' }), 'contractsent');
    await userEvent.click(screen.getByRole('button', { name: 'Save stages' }));
    await screen.findByText('Saved. The next sync uses these stages.');
    expect(await getCrmMapping(db)).toMatchObject({ pipelineId: 'default', stages: { new: 'contractsent', won: 'closedwon', lost: 'closedlost' } });
  });
});
