import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { PanelApp, type PanelActions } from '../../components/PanelApp';
import { PersonCaptureSchema, type PersonCaptureInput } from '../../lib/capture/schema';
import type { LeadsDatabase } from '../../lib/db/database';
import { saveCapture } from '../../lib/db/save-capture';
import { enrolLeads, listSequences } from '../../lib/db/sequences';
import { usePanelStore } from '../../lib/ui/panel-store';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { useListStore } from '../../lib/ui/list-store';
import { withFakeLayout } from './helpers/layout';
import { freshDb, NOW } from '../unit/helpers/db';

const PROFILE = 'https://www.linkedin.com/in/jane-doe/';

async function add(db: LeadsDatabase, p: Partial<PersonCaptureInput>) {
  return saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ source: 'linkedin', capturedAt: NOW, ...p }) }, NOW);
}

const noActions: PanelActions = { readTab: vi.fn(), save: vi.fn() };

function renderPanel(db: LeadsDatabase, props: Partial<Parameters<typeof PanelApp>[0]> = {}) {
  return render(
    <DbProvider db={db}>
      <PanelApp target={undefined} tab={{ id: 1, url: PROFILE }} actions={noActions} {...props} />
    </DbProvider>,
  );
}

withFakeLayout();
beforeEach(() => {
  usePanelStore.setState({ view: 'lead', pickedLeadId: undefined });
  useListStore.getState().reset();
});

describe('side panel', () => {
  it('shows the lead of the current tab with what is missing', async () => {
    const db = freshDb();
    await add(db, { fullName: 'Jane Doe', title: 'Head of Sales', companyName: 'Acme', linkedinUrl: PROFILE });
    renderPanel(db, { tab: { id: 1, url: 'https://pl.linkedin.com/in/Jane-Doe/?trk=feed' } });
    expect(await screen.findByRole('heading', { name: 'Jane Doe' })).toBeInTheDocument();
    expect(screen.getByText('Missing: E-mail, Phone, Location')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Head of Sales');
  });

  it('follows the tab: another profile shows the capture button', async () => {
    const db = freshDb();
    await add(db, { fullName: 'Jane Doe', linkedinUrl: PROFILE });
    const { rerender } = renderPanel(db);
    expect(await screen.findByRole('heading', { name: 'Jane Doe' })).toBeInTheDocument();
    rerender(
      <DbProvider db={db}>
        <PanelApp target={undefined} tab={{ id: 1, url: 'https://www.linkedin.com/in/bob-brown/' }} actions={noActions} />
      </DbProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Save lead from this page' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Jane Doe' })).toBeNull();
  });

  it('saves an edit as the rep types and remembers it was edited by hand', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const saved = await add(db, { fullName: 'Jane Doe', title: 'Head of Sales', linkedinUrl: PROFILE });
    renderPanel(db);
    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'VP Sales');
    await act(() => new Promise((r) => setTimeout(r, 600)));
    const lead = await db.leads.get(saved.id);
    expect(lead?.title).toBe('VP Sales');
    expect(lead?.editedFields).toContain('title');
  });

  it('refuses a bad e-mail at the field and stores nothing broken', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const saved = await add(db, { fullName: 'Jane Doe', email: 'jane@acme.example', linkedinUrl: PROFILE });
    renderPanel(db);
    const email = await screen.findByLabelText('E-mail');
    await user.clear(email);
    await user.type(email, 'jane at acme');
    await user.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('This does not look right');
    expect((await db.leads.get(saved.id))?.email).toBe('jane@acme.example');
  });

  it('renders hostile notes and names as text', async () => {
    const db = freshDb();
    await add(db, { fullName: '<img src=x onerror=alert(1)>', linkedinUrl: PROFILE });
    const { container } = renderPanel(db);
    expect(await screen.findByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('captures the current page when it is not saved yet', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const person = PersonCaptureSchema.parse({ fullName: 'Jane Doe', linkedinUrl: PROFILE, source: 'linkedin', capturedAt: NOW });
    const actions: PanelActions = {
      readTab: vi.fn().mockResolvedValue({ url: PROFILE, person, isLeadPage: true, sources: ['linkedin'] }),
      save: vi.fn(async (capture) => {
        const r = await saveCapture(db, capture, NOW);
        return { kind: 'person' as const, status: r.status, id: r.id, name: 'Jane Doe' };
      }),
    };
    renderPanel(db, { actions });
    await user.click(await screen.findByRole('button', { name: 'Save lead from this page' }));
    expect(await screen.findByRole('heading', { name: 'Jane Doe' })).toBeInTheDocument();
  });

  it('the list view heads with the follow-ups due, each opening its lead', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const jane = await add(db, { fullName: 'Jane Doe', companyName: 'Acme', linkedinUrl: PROFILE });
    const [five] = await listSequences(db);
    if (!five) throw new Error('no shipped sequence');
    await enrolLeads(db, [jane.id], five.id, 'manual', NOW);
    renderPanel(db, { target: { view: 'list' }, tab: null });
    await user.click(screen.getByRole('button', { name: 'All leads' }));
    const due = await screen.findByRole('region', { name: 'Follow-ups due' });
    const card = await within(due).findByRole('article', { name: 'Jane Doe: Connect on LinkedIn' });
    expect(within(card).getByRole('textbox')).toHaveValue('Hi Jane, I work with sales teams like Acme’s. Happy to connect.');
    await user.click(within(card).getByRole('button', { name: 'Jane Doe' }));
    expect(await screen.findByRole('heading', { name: 'Jane Doe' })).toBeInTheDocument();
  });

  it("draws the first view's snapshot only until the rep leaves the list: back on it, only what the live list reads", async () => {
    const db = freshDb();
    const jane = await add(db, { fullName: 'Jane Doe', companyName: 'Acme', linkedinUrl: PROFILE });
    const [five] = await listSequences(db);
    if (!five) throw new Error('no shipped sequence');
    await enrolLeads(db, [jane.id], five.id, 'manual', NOW);
    const [enrolment] = await db.enrolments.toArray();
    // What the first view read, since changed (here the name): drawn at once, then replaced.
    const before = { ...(await db.leads.get(jane.id))!, fullName: 'Jane Before' };
    const list = { leads: [before], pipeline: DEFAULT_PIPELINE, due: { total: 1, items: [{ enrolment: enrolment!, lead: before, sequence: five }], at: NOW } };
    usePanelStore.setState({ view: 'list' });
    renderPanel(db, { target: { view: 'list' }, tab: null, list });
    expect(screen.getAllByText(/Jane Before/).length).toBeGreaterThan(0);
    const card = async () => within(await screen.findByRole('region', { name: 'Follow-ups due' })).findByRole('article', { name: 'Jane Doe: Connect on LinkedIn' });
    await waitFor(() => expect(screen.queryAllByText(/Jane Before/)).toEqual([]));

    fireEvent.click(within(await card()).getByRole('button', { name: 'Jane Doe' }));
    expect(await screen.findByRole('heading', { name: 'Jane Doe' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'All leads' }));
    // Drawn in the same turn as the click, before any live query answers: the snapshot is gone for good.
    expect(screen.queryAllByText(/Jane Before/)).toEqual([]);
    expect(await card()).toBeInTheDocument();
  });

  it('lists and searches leads by name, company, title or tag', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    await add(db, { fullName: 'Jane Doe', companyName: 'Acme', linkedinUrl: PROFILE });
    await add(db, { fullName: 'Łukasz Żółć', companyName: 'Żabka', title: 'CTO', linkedinUrl: 'https://www.linkedin.com/in/lukasz/' });
    await add(db, { fullName: 'Bob Brown', companyName: 'Beta', linkedinUrl: 'https://www.linkedin.com/in/bob/' });
    renderPanel(db, { target: { view: 'list' }, tab: null });
    await user.click(screen.getByRole('button', { name: 'All leads' }));
    expect(await screen.findAllByRole('button', { name: /Jane Doe|Bob Brown|Łukasz/ })).toHaveLength(3);
    await user.type(screen.getByRole('searchbox'), 'zabka');
    expect(await screen.findByRole('button', { name: /Łukasz Żółć/ })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: /Jane Doe/ })).toBeNull());
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'cto');
    await user.click(await screen.findByRole('button', { name: /Łukasz Żółć/ }));
    expect(await screen.findByRole('heading', { name: 'Łukasz Żółć' })).toBeInTheDocument();
  });

  it('"Add lead" opens the short form prefilled from the page, and saving shows the new lead', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const page = 'https://acme.example/team';
    const actions: PanelActions = {
      readTab: vi.fn().mockResolvedValue({
        url: page,
        isLeadPage: false,
        sources: ['title'],
        person: PersonCaptureSchema.parse({ companyName: 'Acme', source: 'website', capturedAt: NOW }),
      }),
      save: vi.fn(async (capture) => {
        const r = await saveCapture(db, capture, NOW);
        return { kind: 'person' as const, status: r.status, id: r.id, name: 'Ann Lee' };
      }),
    };
    renderPanel(db, { actions, tab: { id: 3, url: page } });
    await user.click(screen.getByRole('button', { name: 'Add lead' }));
    expect(await screen.findByLabelText('Company')).toHaveValue('Acme');
    expect(actions.readTab).toHaveBeenCalledWith(3);
    await user.type(screen.getByLabelText('Name'), 'Ann Lee');
    await user.click(screen.getByRole('button', { name: 'Save lead' }));
    expect(await screen.findByRole('heading', { name: 'Ann Lee' })).toBeInTheDocument();
    expect((await db.leads.toArray())[0]).toMatchObject({ fullName: 'Ann Lee', companyName: 'Acme', sourceUrl: page });
  });

  it('a page that cannot be read still gets the empty manual form', async () => {
    const user = userEvent.setup();
    const actions: PanelActions = { readTab: vi.fn().mockRejectedValue(new Error('no')), save: vi.fn() };
    renderPanel(freshDb(), { actions, tab: null, target: { view: 'new' } });
    await user.click(screen.getByRole('button', { name: 'Add lead' }));
    expect(await screen.findByLabelText('Name')).toHaveValue('');
  });
});
