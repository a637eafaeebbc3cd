import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { updateLead } from '../../lib/db/edit-lead';
import { updatePipeline } from '../../lib/db/pipeline-edit';
import { panelOnSavedLead, resetPanelState } from './helpers/panel';

/**
 * What a rep does in the panel that the happy paths did not: pausing mid-word while a
 * field autosaves, clicking the next control while a save is on its way, undoing a change
 * another window has overwritten since, logging a touch at a time still to come.
 */

/**
 * The autosave (after the rep pauses) has stored `expected`: waited for in the database, then
 * React given the turn the save's answer takes (the field must still show what was typed).
 */
async function stored(read: () => Promise<unknown>, expected: unknown) {
  await waitFor(async () => expect(await read()).toEqual(expected), { timeout: 5_000 });
  await act(async () => {});
}


beforeEach(resetPanelState);

describe('autosave keeps what the rep is typing', () => {
  it('a pause after "Anna " keeps the space: the name becomes "Anna Nowak"', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Anna ');
    await stored(async () => (await db.leads.get(id))?.fullName, 'Anna');
    expect(name).toHaveValue('Anna ');
    await user.type(name, 'Nowak');
    await stored(async () => (await db.leads.get(id))?.fullName, 'Anna Nowak');
  }, 20_000);

  it('leaving the field after a pause writes nothing again: a name another window saved since stays', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Anna ');
    await stored(async () => (await db.leads.get(id))?.fullName, 'Anna');
    await updateLead(db, id, { fullName: 'Maria Nowak' }, Date.now());
    await user.tab();
    // Leaving wrote nothing: the field shows the other window's name (a write of "Anna " would show "Anna").
    await waitFor(() => expect(name).toHaveValue('Maria Nowak'));
    expect((await db.leads.get(id))?.fullName).toBe('Maria Nowak');
  }, 20_000);

  it('a pause after "enterprise, " keeps the comma: two tags', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    const tags = screen.getByLabelText('Tags (comma separated)');
    await user.type(tags, 'enterprise, ');
    await stored(async () => (await db.leads.get(id))?.tags, ['enterprise']);
    await user.type(tags, 'B2B');
    await stored(async () => (await db.leads.get(id))?.tags, ['enterprise', 'b2b']);
    // Leaving the field shows what is stored.
    await user.tab();
    await waitFor(() => expect(tags).toHaveValue('enterprise, b2b'));
  }, 20_000);

  it('a pause after Enter in the notes keeps the new line', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    const notes = screen.getByLabelText('Notes');
    await user.type(notes, 'Met at the fair{Enter}');
    await stored(async () => (await db.leads.get(id))?.notes, 'Met at the fair');
    await user.type(notes, 'Wants a demo');
    await stored(async () => (await db.leads.get(id))?.notes, 'Met at the fair\nWants a demo');
  }, 20_000);
});

describe('qualification saves that meet', () => {
  it('a Budget note typed, then the Authority tick clicked: both are kept', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    await user.type(screen.getByLabelText('Budget: note'), '50k approved');
    // The note's save starts on blur, as the click lands: the tick must not put back the note as it was.
    await user.click(screen.getByRole('checkbox', { name: 'Authority' }));
    await waitFor(async () => expect((await db.leads.get(id))?.bant.authority.checked).toBe(true));
    expect((await db.leads.get(id))?.bant.budget.note).toBe('50k approved');
    // Undo takes back the tick only.
    await user.click(await screen.findByRole('button', { name: 'Undo: Authority' }));
    await waitFor(async () => expect((await db.leads.get(id))?.bant.authority.checked).toBe(false));
    expect((await db.leads.get(id))?.bant.budget.note).toBe('50k approved');
  }, 20_000);

  it('undo of the first deal value clears it again (its currency too)', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    await user.type(screen.getByLabelText('Deal value'), '25000');
    await user.tab();
    await waitFor(async () => expect(await db.leads.get(id)).toMatchObject({ dealValue: 25_000, currency: 'USD' }));
    await user.click(await screen.findByRole('button', { name: 'Undo: Deal value' }));
    await waitFor(async () => expect((await db.leads.get(id))?.dealValue).toBeUndefined());
    expect((await db.leads.get(id))?.currency).toBeUndefined();
    expect(screen.queryByRole('alert')).toBeNull();
  }, 20_000);

  it('undo does not wipe a value another window saved since, and says so', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    await user.type(screen.getByLabelText('Deal value'), '10000');
    await user.tab();
    await waitFor(async () => expect((await db.leads.get(id))?.dealValue).toBe(10_000));
    // Another window (its own undo memory) changes the same field.
    await updatePipeline(db, id, { dealValue: 20_000 }, Date.now());
    await user.click(await screen.findByRole('button', { name: 'Undo: Deal value' }));
    expect(await screen.findByText(/Not undone: this was changed since/)).toBeInTheDocument();
    expect((await db.leads.get(id))?.dealValue).toBe(20_000);
    expect(screen.queryByRole('button', { name: 'Undo: Deal value' })).toBeNull();
  }, 20_000);
});

describe('touch times', () => {
  const localInput = (ms: number) => {
    const d = new Date(ms);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  };

  it('refuses a touch logged hours ahead (a planned call is not a touch), accepts one earlier today', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    const when = screen.getByLabelText('When (empty = now)');
    await user.type(when, localInput(Date.now() + 20 * 3_600_000));
    await user.click(screen.getByRole('button', { name: 'Reply received' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That time is not possible for this lead.');
    expect(await db.activities.where('leadId').equals(id).filter((a) => a.kind === 'reply-received').count()).toBe(0);
    await user.clear(when);
    await user.type(when, localInput(Date.now() - 3_600_000));
    await user.click(screen.getByRole('button', { name: 'Reply received' }));
    await waitFor(async () => expect(await db.activities.where('leadId').equals(id).filter((a) => a.kind === 'reply-received').count()).toBe(1));
    expect((await db.leads.get(id))?.lastTouchAt ?? Infinity).toBeLessThanOrEqual(Date.now());
  }, 20_000);
});
