import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { SequencesOptions } from '../../components/sequences/SequencesOptions';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { enrolLeads, listSequences, saveSequence } from '../../lib/db/sequences';
import { getQuietHours } from '../../lib/db/settings';
import { freshDb, NOW } from '../unit/helpers/db';

const FIVE = 'LinkedIn + e-mail, five touches';

async function renderEditor() {
  const db = freshDb();
  render(
    <DbProvider db={db}>
      <SequencesOptions />
    </DbProvider>,
  );
  await screen.findByRole('list', { name: 'Sequences' });
  return db;
}

const form = () => screen.getByRole('form', { name: 'Sequence' });
const step = (n: number) => within(form()).getByRole('listitem', { name: `Step ${n}` });

describe('sequence editor', () => {
  it('lists the shipped sequences with their steps and active leads', async () => {
    await renderEditor();
    const item = screen.getByRole('listitem', { name: FIVE });
    expect(item).toHaveTextContent('5 steps');
    expect(item).toHaveTextContent('0 leads active');
  });

  it('creates a sequence, refusing a bad delay and an empty title at the field', async () => {
    const user = userEvent.setup();
    const db = await renderEditor();
    await user.click(screen.getByRole('button', { name: 'New sequence' }));
    const save = within(form()).getByRole('button', { name: 'Save sequence' });
    expect(save).toBeDisabled();
    await user.type(within(form()).getByLabelText('Sequence name'), 'Event follow-up');
    await user.type(within(step(1)).getByLabelText('Step title'), 'Invite');
    const delay = within(step(1)).getByLabelText('Days after enrolment');
    for (const [typed, message] of [
      ['-3', 'A delay cannot be negative.'],
      ['999', 'At most 365 days.'],
      ['1.5', 'Enter a whole number of days.'],
    ] as const) {
      await user.clear(delay);
      await user.type(delay, typed);
      expect(within(step(1)).getByRole('alert')).toHaveTextContent(message);
      expect(save).toBeDisabled();
    }
    await user.clear(delay);
    await user.type(delay, '0');
    await user.click(within(form()).getByRole('button', { name: 'Add step' }));
    expect(within(step(2)).getByRole('alert')).toHaveTextContent('Enter a title.');
    await user.type(within(step(2)).getByLabelText('Step title'), 'Follow-up e-mail');
    await user.type(within(step(2)).getByLabelText('Message template'), 'Hi {{firstName}, about {{budget}');
    expect(step(2)).toHaveTextContent('Not known, shown as typed: {budget}.');
    await user.click(within(form()).getByLabelText('the lead becomes sales-qualified (SQL)'));
    await user.click(save);
    await waitFor(async () => expect((await listSequences(db)).map((s) => s.name)).toContain('Event follow-up'));
    const saved = (await listSequences(db)).find((s) => s.name === 'Event follow-up');
    expect(saved?.steps.map((s) => [s.title, s.delayDays, s.channel])).toEqual([
      ['Invite', 0, 'linkedin-invite'],
      ['Follow-up e-mail', 2, 'email'],
    ]);
    expect(saved?.triggers).toEqual([{ kind: 'became-sql' }]);
  });

  it('reorders steps and duplicates a sequence', async () => {
    const user = userEvent.setup();
    const db = await renderEditor();
    await user.click(screen.getByRole('button', { name: `Duplicate ${FIVE}` }));
    expect(within(form()).getByLabelText('Sequence name')).toHaveValue(`Copy of ${FIVE}`);
    await user.click(within(form()).getByRole('button', { name: 'Move step 2 up' }));
    expect(within(step(1)).getByLabelText('Step title')).toHaveValue('Thank them for connecting');
    await user.click(within(form()).getByRole('button', { name: 'Save sequence' }));
    await waitFor(async () => expect(await listSequences(db)).toHaveLength(3));
    const copy = (await listSequences(db)).find((s) => s.name.startsWith('Copy of'));
    expect(copy?.steps[0]?.id).toBe('thanks');
  });

  it('asks before deleting a sequence leads are in, and keeps it for their history', async () => {
    const user = userEvent.setup();
    const db = await renderEditor();
    const person = PersonCaptureSchema.parse({ fullName: 'Ada', linkedinUrl: 'https://www.linkedin.com/in/ada/', source: 'linkedin', capturedAt: NOW });
    const { id } = await saveCapture(db, { kind: 'person', person }, NOW);
    const five = (await listSequences(db)).find((s) => s.name === FIVE)!;
    await enrolLeads(db, [id], five.id, 'manual', NOW);
    await waitFor(() => expect(screen.getByRole('listitem', { name: FIVE })).toHaveTextContent('1 lead active'));
    await user.click(screen.getByRole('button', { name: `Delete ${FIVE}` }));
    const ask = screen.getByRole('group', { name: `Delete ${FIVE}` });
    expect(ask).toHaveTextContent('1 lead is in');
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(await listSequences(db)).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: `Delete ${FIVE}` }));
    await user.click(within(screen.getByRole('group', { name: `Delete ${FIVE}` })).getByRole('button', { name: 'Delete and end their enrolments' }));
    await waitFor(async () => expect(await listSequences(db)).toHaveLength(1));
    expect(await db.sequences.get(five.id)).toMatchObject({ deletedAt: expect.any(Number) });
    expect(await db.enrolments.where('leadId').equals(id).toArray()).toMatchObject([{ status: 'ended', stopReason: 'sequence-deleted' }]);
  });

  it('sets quiet hours for reminders', async () => {
    const user = userEvent.setup();
    const db = await renderEditor();
    expect(await screen.findByRole('combobox', { name: 'Quiet from' })).toHaveValue('20');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quiet until' }), '7');
    await waitFor(async () => expect(await getQuietHours(db)).toEqual({ enabled: true, startHour: 20, endHour: 7 }));
    await user.click(screen.getByRole('checkbox', { name: /Quiet hours/ }));
    await waitFor(async () => expect((await getQuietHours(db)).enabled).toBe(false));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Quiet from' })).toBeDisabled());
  });
  it('a stored trigger on a stage the pipeline no longer has shows as none, and saving drops it', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    // The list shows the sequences in this order: the first Edit button is this one's.
    const [shipped] = await listSequences(db);
    await saveSequence(db, { ...shipped!, triggers: [{ kind: 'stage-entered', stageId: 'webinar-gone1' }] });
    render(
      <DbProvider db={db}>
        <SequencesOptions />
      </DbProvider>,
    );
    await screen.findByRole('list', { name: 'Sequences' });
    await user.click(screen.getAllByRole('button', { name: /^Edit / })[0]!);
    const select = within(form()).getByLabelText('the lead enters this stage');
    expect(select).toHaveValue('');
    await user.click(within(form()).getByRole('button', { name: 'Save sequence' }));
    await waitFor(async () => expect((await db.sequences.get(shipped!.id))!.triggers).toEqual([]));
  }, 20_000);
});
