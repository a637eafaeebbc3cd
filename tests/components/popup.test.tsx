import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { PopupApp, type PopupActions } from '../../components/PopupApp';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { keepConnection } from '../../lib/db/crm-connections';
import { browser } from 'wxt/browser';
import type { PageReadResult } from '../../lib/messaging/protocol';
import { freshDb, NOW } from '../unit/helpers/db';

function actions(overrides: Partial<PopupActions> = {}): PopupActions {
  return {
    readPage: vi.fn(),
    save: vi.fn(),
    openPanel: vi.fn(),
    openList: vi.fn(),
    openDashboard: vi.fn(),
    ...overrides,
  };
}

async function seed(names: string[]) {
  const db = freshDb();
  for (const [i, fullName] of names.entries()) {
    await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName, source: 'manual', capturedAt: NOW + i }) }, NOW + i);
  }
  return db;
}

describe('popup', () => {
  it('shows the number of leads and the last captured, newest first, as inert text', async () => {
    const db = await seed(['Ann Lee', 'Bob Brown', '<img src=x onerror=alert(1)>Eve']);
    const { container } = render(
      <DbProvider db={db}>
        <PopupApp actions={actions()} />
      </DbProvider>,
    );
    expect(await screen.findByText('3 leads')).toBeInTheDocument();
    // The count can come from the kept figures before the live popup draws the list: wait for the list.
    const recent = await screen.findByRole('region', { name: 'Recently captured' });
    const rows = await within(recent).findAllByRole('button');
    expect(rows.map((r) => r.querySelector('strong')?.textContent)).toEqual(['<img src=x onerror=alert(1)>Eve', 'Bob Brown', 'Ann Lee']);
    expect(container.querySelector('img')).toBeNull();
  });

  it('says so when there are no leads yet', async () => {
    render(
      <DbProvider db={freshDb()}>
        <PopupApp actions={actions()} />
      </DbProvider>,
    );
    expect(await screen.findByText('0 leads')).toBeInTheDocument();
    expect(await screen.findByText(/No leads yet/)).toBeInTheDocument();
  });

  it('"Save this page" prefills a form, refuses a bad e-mail at the field, then saves', async () => {
    const user = userEvent.setup();
    const page: PageReadResult = {
      url: 'https://acme.example/team/ann',
      isLeadPage: true,
      sources: ['json-ld'],
      person: PersonCaptureSchema.parse({ fullName: 'Ann Lee', title: 'CFO', companyName: 'Acme', source: 'website', capturedAt: NOW }),
    };
    const save = vi.fn().mockResolvedValue({ kind: 'person', status: 'created', id: 'lead-000001', name: 'Ann Lee' });
    const openPanel = vi.fn();
    render(
      <DbProvider db={freshDb()}>
        <PopupApp actions={actions({ readPage: vi.fn().mockResolvedValue(page), save, openPanel })} />
      </DbProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Save this page' }));
    expect(await screen.findByLabelText('Name')).toHaveValue('Ann Lee');
    expect(screen.getByLabelText('Company')).toHaveValue('Acme');
    await user.type(screen.getByLabelText('E-mail'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save lead' }));
    expect(screen.getByLabelText('E-mail')).toHaveAttribute('aria-invalid', 'true');
    expect(save).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('E-mail'));
    await user.type(screen.getByLabelText('E-mail'), 'Ann@Acme.example');
    await user.click(screen.getByRole('button', { name: 'Save lead' }));
    expect(save).toHaveBeenCalledWith({
      kind: 'person',
      person: expect.objectContaining({ fullName: 'Ann Lee', email: 'ann@acme.example', sourceUrl: 'https://acme.example/team/ann' }),
    });
    expect(await screen.findByText(/Lead saved: Ann Lee/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open in side panel' }));
    expect(openPanel).toHaveBeenCalledWith('lead-000001');
  });

  it('asks for a name, e-mail or profile when the page offered nothing', async () => {
    const user = userEvent.setup();
    const save = vi.fn();
    render(
      <DbProvider db={freshDb()}>
        <PopupApp actions={actions({ readPage: vi.fn().mockResolvedValue({ url: 'https://x.example/', isLeadPage: false, sources: [] }), save })} />
      </DbProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Save this page' }));
    expect(await screen.findByText(/Nothing lead-like found/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save lead' }));
    expect(screen.getByText('Give at least a name, an e-mail or a LinkedIn URL.')).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it('shows a storage failure in plain words', async () => {
    const user = userEvent.setup();
    const { MessageError } = await import('../../lib/messaging/protocol');
    render(
      <DbProvider db={freshDb()}>
        <PopupApp
          actions={actions({
            readPage: vi.fn().mockResolvedValue({ url: 'https://x.example/', isLeadPage: false, sources: [], person: PersonCaptureSchema.parse({ fullName: 'Ann', source: 'website', capturedAt: NOW }) }),
            save: vi.fn().mockRejectedValue(new MessageError('quota')),
          })}
        />
      </DbProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Save this page' }));
    await user.click(await screen.findByRole('button', { name: 'Save lead' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/out of storage space/);
  });

  it('shows the HubSpot sync line only when connected, and asks for a round on opening', async () => {
    const sent: unknown[] = [];
    const spy = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return { ok: true, data: { connection: 'connected', pending: 0, erasePending: 0, running: false } };
    });
    const db = await seed(['Ann Lee']);
    const view = render(
      <DbProvider db={db}>
        <PopupApp actions={actions()} />
      </DbProvider>,
    );
    expect(await screen.findByText('1 lead')).toBeInTheDocument();
    expect(screen.queryByTestId('crm-sync-line')).toBeNull();
    view.unmount();

    await keepConnection(db, { crm: 'hubspot', token: 'pat-eu1-x', account: { accountId: '42', uiDomain: 'app.hubspot.com', currency: 'EUR', timeZone: 'UTC' }, owners: [], connectedAt: NOW, state: 'connected' });
    render(
      <DbProvider db={db}>
        <PopupApp actions={actions()} />
      </DbProvider>,
    );
    // Never synced: the saved lead waits.
    expect(await screen.findByTestId('crm-sync-line')).toHaveTextContent('HubSpot: 1 change waiting');
    expect(sent).toContainEqual({ type: 'crm.sync', trigger: 'popup' });
    spy.mockRestore();
  });
});
