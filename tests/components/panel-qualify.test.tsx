import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { panelOnSavedLead, resetPanelState } from './helpers/panel';



beforeEach(resetPanelState);

describe('side panel qualification', () => {
  it('logs a touch with one click and shows it in the timeline', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    await user.click(screen.getByRole('button', { name: 'Reply received' }));
    const timeline = screen.getByRole('list', { name: 'Activity timeline' });
    expect(await within(timeline).findByText(/Reply received/)).toBeInTheDocument();
    const stored = await db.activities.where('leadId').equals(id).toArray();
    expect(stored.map((a) => [a.kind, a.direction])).toContainEqual(['reply-received', 'inbound']);
    expect((await db.leads.get(id))?.lastTouchAt).toBeDefined();
  });

  it('ticks BANT items, keeps notes as text, and undoes the last change', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    await user.click(screen.getByRole('checkbox', { name: 'Need' }));
    await waitFor(async () => expect((await db.leads.get(id))?.bant.need.checked).toBe(true));
    const note = screen.getByLabelText('Budget: note');
    await user.type(note, '<b>50k</b> approved');
    await user.tab();
    await waitFor(async () => expect((await db.leads.get(id))?.bant.budget.note).toBe('<b>50k</b> approved'));
    await user.click(await screen.findByRole('button', { name: 'Undo: Budget' }));
    await waitFor(async () => expect((await db.leads.get(id))?.bant.budget.note).toBeUndefined());
    expect((await db.leads.get(id))?.bant.need.checked).toBe(true);
  });

  it('records the next step and its due date', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    await user.type(screen.getByLabelText('What is next'), 'Send the proposal');
    await user.tab();
    await waitFor(async () => expect((await db.leads.get(id))?.nextStep?.text).toBe('Send the proposal'));
    const due = screen.getByLabelText('Due');
    await user.type(due, '1999-12-31');
    await user.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('The due date cannot be before the lead was created.');
    expect((await db.leads.get(id))?.nextStep?.dueAt).toBeUndefined();
    await user.clear(due);
    await user.type(due, '2026-12-01');
    await user.tab();
    await waitFor(async () => expect((await db.leads.get(id))?.nextStep).toEqual({ text: 'Send the proposal', dueAt: new Date(2026, 11, 1, 9).getTime() }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('moves the stage, asks the final value to mark it won, and undoes the move', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    const stage = screen.getByRole('combobox', { name: 'Stage' });
    await user.selectOptions(stage, 'demo');
    await waitFor(async () => expect((await db.leads.get(id))?.stageId).toBe('demo'));
    expect(await screen.findByTestId('header-stage')).toHaveTextContent('Product demo');

    await user.selectOptions(stage, 'won');
    const closing = screen.getByRole('group', { name: 'Close as won' });
    await user.click(within(closing).getByRole('button', { name: 'Mark as won' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the final deal value to mark it won.');
    await user.type(within(closing).getByLabelText('Final deal value'), '-5');
    await user.click(within(closing).getByRole('button', { name: 'Mark as won' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A deal value cannot be negative.');
    expect((await db.leads.get(id))?.stageId).toBe('demo');
    await user.clear(within(closing).getByLabelText('Final deal value'));
    await user.type(within(closing).getByLabelText('Final deal value'), '24,000');
    await user.click(within(closing).getByRole('button', { name: 'Mark as won' }));
    await waitFor(async () => expect(await db.leads.get(id)).toMatchObject({ stageId: 'won', dealValue: 24_000 }));
    const history = await db.stageHistory.where('leadId').equals(id).sortBy('at');
    expect(history.map((h) => h.kind)).toEqual(['change', 'change', 'won']);

    await user.click(await screen.findByRole('button', { name: 'Undo: stage change' }));
    await waitFor(async () => expect((await db.leads.get(id))?.stageId).toBe('demo'));
    expect((await db.leads.get(id))?.dealValue).toBeUndefined();
    expect(await db.stageHistory.where('leadId').equals(id).count()).toBe(2);
  });

  it('marks a lead lost with a reason, then reactivates it to the top of the funnel', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'lost');
    const closing = screen.getByRole('group', { name: 'Close as lost' });
    await user.click(within(closing).getByRole('button', { name: 'Mark as lost' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Say why the deal was lost.');
    await user.type(within(closing).getByLabelText('Why was it lost?'), '<script>alert(1)</script> no budget');
    await user.click(within(closing).getByRole('button', { name: 'Mark as lost' }));
    await waitFor(async () => expect((await db.leads.get(id))?.stageId).toBe('lost'));
    expect(await screen.findByText('Reason: <script>alert(1)</script> no budget')).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Reactivate' }));
    await waitFor(async () => expect(await db.leads.get(id)).toMatchObject({ stageId: 'new', reactivations: 1 }));
    expect(await screen.findByText(/Reactivated once/)).toBeInTheDocument();
    const kinds = (await db.stageHistory.where('leadId').equals(id).sortBy('at')).map((h) => h.kind);
    expect(kinds).toEqual(['change', 'lost', 'reactivated']);
  });

  it('shows a lead in a removed stage plainly and lets it move on', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    await db.leads.update(id, { stageId: 'old-stage' });
    expect(await screen.findByTestId('header-stage')).toHaveTextContent('old-stage (removed stage)');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'qualified');
    await waitFor(async () => expect((await db.leads.get(id))?.stageId).toBe('qualified'));
  });

  it('saves the deal value, currency, close date, source and referrer, refusing bad input at the field', async () => {
    const user = userEvent.setup();
    const { db, id } = await panelOnSavedLead();
    const value = screen.getByLabelText('Deal value');
    for (const [typed, message] of [
      ['-100', 'A deal value cannot be negative.'],
      ['lots', 'Enter a number, like 25 000 or 25,000.50.'],
      ['9999999999999', 'This value is too large to be a deal.'],
      ['25.000', 'Thousands or cents? Write 25 000 for thousands, or 25.50 for cents.'],
    ] as const) {
      await user.clear(value);
      await user.type(value, typed);
      await user.tab();
      expect(await screen.findByRole('alert')).toHaveTextContent(message);
      expect((await db.leads.get(id))?.dealValue).toBeUndefined();
    }
    await user.clear(value);
    await user.type(value, '25 000.50');
    await user.tab();
    await waitFor(async () => expect(await db.leads.get(id)).toMatchObject({ dealValue: 25_000.5, currency: 'USD' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'PLN');
    await waitFor(async () => expect((await db.leads.get(id))?.currency).toBe('PLN'));

    const close = screen.getByLabelText('Expected close');
    await user.clear(close);
    await user.type(close, '2001-01-01');
    await user.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('The close date cannot be before the lead was created.');
    await user.clear(close);
    await user.type(close, '2099-01-01');
    await user.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('The close date cannot be more than 10 years ahead.');
    expect((await db.leads.get(id))?.expectedCloseAt).toBeUndefined();
    await user.clear(close);
    await user.type(close, '2027-03-31');
    await user.tab();
    await waitFor(async () => expect((await db.leads.get(id))?.expectedCloseAt).toBe(new Date(2027, 2, 31).getTime()));

    expect(screen.queryByLabelText('Referred by')).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Source' }), 'referral');
    await user.type(await screen.findByLabelText('Referred by'), 'Anna Nowak');
    await user.tab();
    await waitFor(async () => expect(await db.leads.get(id)).toMatchObject({ source: 'referral', referredBy: 'Anna Nowak' }));
  });
});
