import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { MetricsOptions } from '../../components/MetricsOptions';
import { PanelApp, type PanelActions } from '../../components/PanelApp';
import { SequencesOptions } from '../../components/sequences/SequencesOptions';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { enrolLeads } from '../../lib/db/sequences';
import { getMetricsSettings, getQuietHours } from '../../lib/db/settings';
import { usePanelStore } from '../../lib/ui/panel-store';
import { useUndoStore } from '../../lib/ui/undo-store';
import { freshDb, NOW } from '../unit/helpers/db';

const PROFILE = 'https://www.linkedin.com/in/jane-doe/';
const actions: PanelActions = { readTab: vi.fn(), save: vi.fn() };
const OUT_OF_SPACE = /out of storage space.*nothing was saved/;

/** The disk fills up: IndexedDB refuses every write the way browsers do (a QuotaExceededError DOMException). */
function diskFull() {
  const quota = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quota);
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quota);
}

async function panel() {
  const db = freshDb();
  const saved = await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName: 'Jane Doe', linkedinUrl: PROFILE, source: 'linkedin', capturedAt: NOW }) }, NOW);
  render(
    <DbProvider db={db}>
      <PanelApp target={undefined} tab={{ id: 1, url: PROFILE }} actions={actions} />
    </DbProvider>,
  );
  await screen.findByRole('heading', { name: 'Jane Doe' });
  await screen.findByRole('combobox', { name: 'Stage' });
  return { db, id: saved.id };
}

beforeEach(() => {
  usePanelStore.setState({ view: 'lead', pickedLeadId: undefined });
  useUndoStore.setState({ last: undefined });
});
afterEach(() => vi.restoreAllMocks());

describe('a write that fails in the side panel is said, near its control, and not shown as saved', () => {
  it('a label set by hand', async () => {
    const user = userEvent.setup();
    const { db, id } = await panel();
    const label = await screen.findByRole('combobox', { name: 'Label' });
    diskFull();
    await user.selectOptions(label, 'sql');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(OUT_OF_SPACE);
    expect(label.closest('section')).toContainElement(alert);
    // The select shows the stored label, not the one that failed.
    expect(label).toHaveValue('cold');
    expect(screen.queryByText('(set by hand)')).toBeNull();
    expect(await db.leads.get(id)).toMatchObject({ scoreLabel: 'cold', labelByHand: false });
    // Space freed: the same choice goes through, and the message goes away.
    vi.restoreAllMocks();
    await user.selectOptions(label, 'sql');
    await waitFor(async () => expect((await db.leads.get(id))?.labelByHand).toBe(true));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('a stage change, with no undo offered for it', async () => {
    const user = userEvent.setup();
    const { db, id } = await panel();
    const stage = screen.getByRole('combobox', { name: 'Stage' });
    diskFull();
    await user.selectOptions(stage, 'demo');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(OUT_OF_SPACE);
    expect(stage.closest('fieldset')).toContainElement(alert);
    expect(stage).toHaveValue('new');
    expect((await db.leads.get(id))?.stageId).toBe('new');
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('an edit of a field keeps what was typed in it, with the reason', async () => {
    const user = userEvent.setup();
    const { db, id } = await panel();
    const title = screen.getByLabelText('Title');
    diskFull();
    await user.type(title, 'CEO');
    await user.tab();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(OUT_OF_SPACE);
    expect(title).toHaveAccessibleDescription(alert.textContent ?? '');
    expect(title).toHaveValue('CEO');
    expect((await db.leads.get(id))?.title).toBeUndefined();
  });

  it('the notes field', async () => {
    const user = userEvent.setup();
    const { db, id } = await panel();
    const notes = screen.getByLabelText('Notes');
    diskFull();
    await user.type(notes, 'Met at the fair');
    await user.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent(OUT_OF_SPACE);
    expect((await db.leads.get(id))?.notes).toBeUndefined();
  });

  it('a touch logged: the timeline does not show it, and its note stays typed', async () => {
    const user = userEvent.setup();
    const { db, id } = await panel();
    const touches = screen.getByRole('region', { name: 'Touches' });
    await user.type(within(touches).getByLabelText('Note (optional)'), 'Liked the demo');
    diskFull();
    await user.click(within(touches).getByRole('button', { name: 'Reply received' }));
    expect(await within(touches).findByRole('alert')).toHaveTextContent(OUT_OF_SPACE);
    expect(within(touches).getByLabelText('Note (optional)')).toHaveValue('Liked the demo');
    expect(within(screen.getByRole('list', { name: 'Activity timeline' })).queryByText(/Reply received/)).toBeNull();
    expect(await db.activities.where('leadId').equals(id).filter((a) => a.kind === 'reply-received').count()).toBe(0);
  });

  it('a BANT tick and a deal value', async () => {
    const user = userEvent.setup();
    const { db, id } = await panel();
    diskFull();
    const need = screen.getByRole('checkbox', { name: 'Need' });
    await user.click(need);
    const bant = need.closest('fieldset')!;
    expect(await within(bant).findByRole('alert')).toHaveTextContent(OUT_OF_SPACE);
    expect(need).not.toBeChecked();
    const value = screen.getByLabelText('Deal value');
    await user.type(value, '5000');
    await user.tab();
    const deal = value.closest('fieldset')!;
    expect(await within(deal).findByRole('alert')).toHaveTextContent(OUT_OF_SPACE);
    expect(value).toHaveValue('5000');
    expect(await db.leads.get(id)).toMatchObject({ bant: { need: { checked: false } } });
    expect((await db.leads.get(id))?.dealValue).toBeUndefined();
  });

  it('a follow-up step marked done', async () => {
    const user = userEvent.setup();
    const { db, id } = await panel();
    const sequence = (await db.sequences.toArray())[0]!;
    await enrolLeads(db, [id], sequence.id, 'manual', NOW);
    const card = await screen.findByRole('article', { name: /^Jane Doe: / });
    diskFull();
    await user.click(within(card).getByRole('button', { name: 'Done' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(OUT_OF_SPACE);
    const enrolment = await db.enrolments.where('leadId').equals(id).first();
    expect(enrolment?.stepIndex).toBe(0);
  });

  it('an undo that cannot be stored is said, and stays offered', async () => {
    const user = userEvent.setup();
    const { db, id } = await panel();
    await user.click(screen.getByRole('checkbox', { name: 'Need' }));
    await waitFor(async () => expect((await db.leads.get(id))?.bant.need.checked).toBe(true));
    const undo = await screen.findByRole('button', { name: 'Undo: Need' });
    diskFull();
    await user.click(undo);
    expect(await screen.findByRole('alert')).toHaveTextContent(OUT_OF_SPACE);
    expect(await screen.findByRole('button', { name: 'Undo: Need' })).toBeInTheDocument();
    expect((await db.leads.get(id))?.bant.need.checked).toBe(true);
  });
});

describe('a write that fails on the options page is said where it was made', () => {
  it('a metrics choice springs back to the stored one', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    render(
      <DbProvider db={db}>
        <MetricsOptions />
      </DbProvider>,
    );
    const scope = await screen.findByRole('group', { name: 'Opportunities are' });
    diskFull();
    await user.click(within(scope).getByRole('radio', { name: 'Every open lead' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(OUT_OF_SPACE);
    expect(within(scope).getByRole('radio', { name: 'Every open lead' })).not.toBeChecked();
    expect((await getMetricsSettings(db)).scope).toBe('qualified');
  });

  it('quiet hours, and a sequence saved (the form stays as edited)', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    render(
      <DbProvider db={db}>
        <SequencesOptions />
      </DbProvider>,
    );
    await screen.findByRole('list', { name: 'Sequences' });
    const quietBefore = await getQuietHours(db);
    diskFull();
    const quiet = await screen.findByRole('checkbox', { name: /Quiet hours/ });
    await user.click(quiet);
    const quietBox = quiet.closest('fieldset')!;
    expect(await within(quietBox).findByRole('alert')).toHaveTextContent(OUT_OF_SPACE);
    expect((quiet as HTMLInputElement).checked).toBe(quietBefore.enabled);

    await user.click(screen.getAllByRole('button', { name: /^Edit / })[0]!);
    const form = screen.getByRole('form', { name: 'Sequence' });
    const name = within(form).getByLabelText('Sequence name');
    await user.clear(name);
    await user.type(name, 'Renamed');
    await user.click(within(form).getByRole('button', { name: 'Save sequence' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(OUT_OF_SPACE);
    expect(within(form).getByLabelText('Sequence name')).toHaveValue('Renamed');
    expect((await db.sequences.toArray()).map((s) => s.name)).not.toContain('Renamed');
  });
});
