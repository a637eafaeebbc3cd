import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ScoringEditor } from '../../components/scoring/ScoringEditor';
import type { ScoringEditorProps, ScoringPreview } from '../../lib/scoring/preview-types';
import { RuleSetSchema, type RuleSet } from '../../lib/scoring/schema';

const SAVED: RuleSet = RuleSetSchema.parse({
  rules: [
    { id: 'pricing', name: 'Visited pricing', enabled: true, condition: { kind: 'activity', activity: 'pricing-visited', atLeast: 1, withinDays: 30 }, points: 10, per: 'match' },
    { id: 'opened', name: 'E-mail opened', enabled: true, condition: { kind: 'activity', activity: 'email-opened', atLeast: 2, withinDays: 14 }, points: 1, per: 'occurrence', cap: 10 },
    { id: 'sales-title', name: 'Sales title', enabled: true, condition: { kind: 'text', field: 'title', op: 'contains', value: 'sales' }, points: 4, per: 'match' },
    { id: 'bad-data', name: 'Inaccurate data', enabled: true, condition: { kind: 'text', field: 'tags', op: 'isOneOf', values: ['bounced', 'wrong company'] }, points: -5, per: 'match' },
  ],
  persona: { name: 'Sales leader', titles: ['head of sales'], industries: ['software'], sizeBands: [], locations: [] },
  decay: { enabled: true, quietDays: 30, weeklyLossPercent: 10 },
  thresholds: { mql: 10, sql: 20 },
});

const DEFAULTS: RuleSet = RuleSetSchema.parse({ ...SAVED, rules: SAVED.rules.slice(0, 1) });

const PREVIEW: ScoringPreview = {
  leadCount: 120,
  ruleMatches: { pricing: 12, opened: 40, 'sales-title': 1, 'bad-data': 0 },
  before: { mql: 5, sql: 2 },
  after: { mql: 7, sql: 3 },
  topLeads: [{ id: 'lead-1', name: 'Ann Lee', score: 31, label: 'sql' }],
};

function renderEditor(overrides: Partial<ScoringEditorProps> = {}) {
  const props = {
    saved: SAVED,
    defaults: DEFAULTS,
    onSave: vi.fn<ScoringEditorProps['onSave']>().mockResolvedValue(undefined),
    preview: vi.fn<ScoringEditorProps['preview']>().mockResolvedValue(PREVIEW),
    ...overrides,
  };
  render(<ScoringEditor {...props} />);
  return props;
}

function rulesList() {
  return screen.getByRole('list', { name: 'Rules' });
}

function ruleNames(): string[] {
  return within(rulesList())
    .getAllByRole('switch')
    .map((s) => (s.getAttribute('aria-label') ?? '').replace(/^Use rule /, ''));
}

function saveButton() {
  return screen.getByRole('button', { name: 'Save rules' });
}

function savedRuleSet(onSave: ScoringEditorProps['onSave']): RuleSet {
  const calls = vi.mocked(onSave).mock.calls;
  expect(calls).toHaveLength(1);
  return calls[0]![0];
}

describe('scoring editor: rules', () => {
  it('lists the rules in order with a plain-language condition, points and match counts', async () => {
    renderEditor();
    expect(ruleNames()).toEqual(['Visited pricing', 'E-mail opened', 'Sales title', 'Inaccurate data']);
    const rows = within(rulesList()).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('Pricing page visited at least once in the last 30 days');
    expect(rows[0]).toHaveTextContent('+10');
    expect(rows[1]).toHaveTextContent('E-mail opened at least 2 times in the last 14 days');
    expect(rows[1]).toHaveTextContent('+1 per occurrence (at most 10)');
    expect(rows[2]).toHaveTextContent('Title contains “sales”');
    expect(rows[3]).toHaveTextContent('Tags is one of “bounced”, “wrong company”');
    expect(rows[3]).toHaveTextContent('−5');
    expect(await within(rows[0]!).findByText('Matches 12 leads')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Matches 1 lead')).toBeInTheDocument();
    // Nothing changed yet: nothing to save.
    expect(saveButton()).toBeDisabled();
    expect(screen.getByText('No unsaved changes.')).toBeInTheDocument();
  });

  it('adds a rule of the chosen kind, opens its form, and saves it', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    await user.selectOptions(screen.getByLabelText('New rule based on'), 'Lead field');
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    const form = screen.getByRole('group', { name: 'Edit rule New rule' });
    const name = within(form).getByLabelText('Rule name');
    expect(name).toHaveFocus();
    // A new text rule needs a value: the message says so, and Save waits.
    expect(within(form).getByLabelText('Value')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('alert')).toHaveTextContent('Enter a value.');
    expect(saveButton()).toBeDisabled();

    await user.clear(name);
    await user.type(name, 'Decision maker');
    await user.selectOptions(within(form).getByLabelText('Field'), 'Seniority');
    await user.selectOptions(within(form).getByLabelText('Condition'), 'is one of');
    await user.type(within(form).getByLabelText('Values (comma separated)'), 'c-level, vp,  director');
    const points = within(form).getByLabelText('Points');
    await user.clear(points);
    await user.type(points, '8');
    expect(screen.queryAllByRole('alert')).toEqual([]);
    expect(ruleNames()).toEqual(['Visited pricing', 'E-mail opened', 'Sales title', 'Inaccurate data', 'Decision maker']);
    expect(within(rulesList()).getAllByRole('listitem')[4]).toHaveTextContent('Seniority is one of “c-level”, “vp”, “director”');

    await user.click(saveButton());
    const saved = savedRuleSet(onSave);
    expect(saved.rules).toHaveLength(5);
    expect(saved.rules[4]).toMatchObject({
      name: 'Decision maker',
      enabled: true,
      condition: { kind: 'text', field: 'seniority', op: 'isOneOf', values: ['c-level', 'vp', 'director'] },
      points: 8,
      per: 'match',
    });
    expect(saved.rules[4]!.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(RuleSetSchema.parse(saved)).toEqual(saved);
  });

  it('shows a message at the points field for a bad value and disables Save until it is fixed', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Edit Sales title' }));
    const form = screen.getByRole('group', { name: 'Edit rule Sales title' });
    const points = within(form).getByLabelText('Points');

    await user.clear(points);
    await user.type(points, '10000');
    expect(points).toHaveAttribute('aria-invalid', 'true');
    const message = within(form).getByRole('alert');
    expect(message).toHaveTextContent('Must be at most 1,000.');
    expect(points.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(saveButton()).toBeDisabled();
    expect(screen.getByText('Fix the problems marked below before saving.')).toBeInTheDocument();

    await user.clear(points);
    expect(within(form).getByRole('alert')).toHaveTextContent('Enter a number.');
    expect(saveButton()).toBeDisabled();

    await user.type(points, '2.5');
    expect(within(form).getByRole('alert')).toHaveTextContent('Enter a whole number.');

    // Closing the form keeps the problem visible on the row.
    await user.click(within(form).getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('button', { name: 'Edit Sales title' })).toHaveFocus();
    expect(screen.getByText('This rule has a problem. Edit it to fix it.')).toBeInTheDocument();
    await user.click(saveButton());
    expect(onSave).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Edit Sales title' }));
    const again = within(screen.getByRole('group', { name: 'Edit rule Sales title' })).getByLabelText('Points');
    await user.clear(again);
    await user.type(again, '-7');
    expect(again).not.toHaveAttribute('aria-invalid');
    expect(saveButton()).toBeEnabled();
    await user.click(saveButton());
    expect(savedRuleSet(onSave).rules[2]).toMatchObject({ id: 'sales-title', points: -7 });
  });

  it('checks the condition inputs of each kind', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Edit Sales title' }));
    const form = screen.getByRole('group', { name: 'Edit rule Sales title' });
    await user.selectOptions(within(form).getByLabelText('Based on'), 'Company size');
    await user.selectOptions(within(form).getByLabelText('Condition'), 'between');
    await user.type(within(form).getByLabelText('From'), '500');
    await user.type(within(form).getByLabelText('To'), '50');
    expect(within(form).getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('alert')).toHaveTextContent('“To” must not be below “From”.');
    await user.clear(within(form).getByLabelText('To'));
    await user.type(within(form).getByLabelText('To'), '5000');
    expect(within(form).queryByRole('alert')).toBeNull();
    expect(within(rulesList()).getAllByRole('listitem')[2]).toHaveTextContent('Company size is between 500 and 5000');

    await user.selectOptions(within(form).getByLabelText('Based on'), 'Activity');
    await user.selectOptions(within(form).getByLabelText('Activity'), 'Meeting booked');
    const days = within(form).getByLabelText('Within the last (days)');
    await user.clear(days);
    await user.type(days, '0');
    expect(within(form).getByRole('alert')).toHaveTextContent('Must be at least 1.');
    await user.clear(days);
    await user.type(days, '7');
    expect(within(rulesList()).getAllByRole('listitem')[2]).toHaveTextContent('Meeting booked at least once in the last 7 days');

    await user.selectOptions(within(form).getByLabelText('Based on'), 'Buyer persona');
    expect(within(rulesList()).getAllByRole('listitem')[2]).toHaveTextContent('Fits the buyer persona “Sales leader”');
    expect(saveButton()).toBeEnabled();
  });

  it('moves rules up and down, keeping focus on the button pressed', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    expect(screen.getByRole('button', { name: 'Move Visited pricing up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Inaccurate data down' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Move Sales title up' }));
    expect(ruleNames()).toEqual(['Visited pricing', 'Sales title', 'E-mail opened', 'Inaccurate data']);
    expect(screen.getByRole('button', { name: 'Move Sales title up' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Move Sales title up' }));
    expect(ruleNames()).toEqual(['Sales title', 'Visited pricing', 'E-mail opened', 'Inaccurate data']);
    // At the top, "up" is disabled; focus moves to "down".
    expect(screen.getByRole('button', { name: 'Move Sales title down' })).toHaveFocus();
    expect(screen.getByText('Sales title moved up to position 1')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Move Visited pricing down' }));
    expect(ruleNames()).toEqual(['Sales title', 'E-mail opened', 'Visited pricing', 'Inaccurate data']);

    await user.click(saveButton());
    expect(savedRuleSet(onSave).rules.map((r) => r.id)).toEqual(['sales-title', 'opened', 'pricing', 'bad-data']);
  });

  it('duplicates a rule right after the original, with its own id', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Duplicate E-mail opened' }));
    expect(ruleNames()).toEqual(['Visited pricing', 'E-mail opened', 'Copy of E-mail opened', 'Sales title', 'Inaccurate data']);
    expect(screen.getByRole('button', { name: 'Edit Copy of E-mail opened' })).toHaveFocus();
    await user.click(saveButton());
    const saved = savedRuleSet(onSave);
    const [original, copy] = [saved.rules[1]!, saved.rules[2]!];
    expect(copy.id).not.toBe(original.id);
    expect({ ...copy, id: original.id, name: original.name }).toEqual(original);
  });

  it('disables and enables a rule with its switch', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    const toggle = screen.getByRole('switch', { name: 'Use rule Visited pricing' });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(within(rulesList()).getAllByRole('listitem')[0]).toHaveTextContent('(Off)');
    await user.click(screen.getByRole('switch', { name: 'Use rule E-mail opened' }));
    await user.click(screen.getByRole('switch', { name: 'Use rule E-mail opened' }));
    await user.click(saveButton());
    expect(savedRuleSet(onSave).rules.map((r) => r.enabled)).toEqual([false, true, true, true]);
  });

  it('deletes a rule and moves focus to the next one', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Delete E-mail opened' }));
    expect(ruleNames()).toEqual(['Visited pricing', 'Sales title', 'Inaccurate data']);
    expect(screen.getByRole('button', { name: 'Edit Sales title' })).toHaveFocus();
    expect(screen.getByText('Rule deleted: E-mail opened')).toBeInTheDocument();
    await user.click(saveButton());
    expect(savedRuleSet(onSave).rules.map((r) => r.id)).toEqual(['pricing', 'sales-title', 'bad-data']);
  });

  it('discards changes back to the saved rules', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Delete Visited pricing' }));
    await user.click(screen.getByRole('switch', { name: 'Use rule Sales title' }));
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(ruleNames()).toEqual(['Visited pricing', 'E-mail opened', 'Sales title', 'Inaccurate data']);
    expect(screen.getByRole('switch', { name: 'Use rule Sales title' })).toBeChecked();
    expect(screen.getByText('Changes discarded.')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
  });
});

describe('scoring editor: persona, thresholds, decay, saving', () => {
  it('edits the persona as comma-separated lists', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    const titles = screen.getByLabelText('Titles (comma separated)');
    expect(titles).toHaveValue('head of sales');
    await user.clear(titles);
    await user.type(titles, 'VP Sales, "Head of Sales, EMEA" , ,CRO');
    await user.type(screen.getByLabelText('Locations (comma separated)'), 'Berlin, "Paris, France"');
    await user.clear(screen.getByLabelText('Industries (comma separated)'));
    const name = screen.getByLabelText('Persona name');
    await user.clear(name);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter a value.')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    await user.type(name, 'Revenue leader');
    expect(within(rulesList()).queryByText(/Fits the buyer persona/)).toBeNull();
    await user.click(saveButton());
    expect(savedRuleSet(onSave).persona).toEqual({
      name: 'Revenue leader',
      titles: ['VP Sales', 'Head of Sales, EMEA', 'CRO'],
      industries: [],
      sizeBands: [],
      locations: ['Berlin', 'Paris, France'],
    });
  });

  it('refuses thresholds in the wrong order with a message at the SQL field', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    const mql = screen.getByLabelText('MQL score');
    const sql = screen.getByLabelText('SQL score');
    await user.clear(mql);
    await user.type(mql, '25');
    expect(sql).toHaveAttribute('aria-invalid', 'true');
    expect(mql).not.toHaveAttribute('aria-invalid');
    const message = screen.getByText('The SQL score must be higher than the MQL score.');
    expect(message).toHaveAttribute('role', 'alert');
    expect(sql).toHaveAttribute('aria-describedby', message.id);
    expect(saveButton()).toBeDisabled();
    await user.click(saveButton());
    expect(onSave).not.toHaveBeenCalled();

    await user.clear(sql);
    await user.type(sql, '40');
    expect(sql).not.toHaveAttribute('aria-invalid');
    await user.click(saveButton());
    expect(savedRuleSet(onSave).thresholds).toEqual({ mql: 25, sql: 40 });
  });

  it('edits decay and validates its numbers', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    await user.click(screen.getByRole('switch', { name: 'Fade engagement points' }));
    const loss = screen.getByLabelText('Share lost per further quiet week (%)');
    await user.clear(loss);
    await user.type(loss, '150');
    expect(screen.getByText('Must be at most 100.')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    await user.clear(loss);
    await user.type(loss, '12.5');
    await user.click(saveButton());
    expect(savedRuleSet(onSave).decay).toEqual({ enabled: false, quietDays: 30, weeklyLossPercent: 12.5 });
  });

  it('calls onSave with the parsed rule set (trimmed), and says when saving failed', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<ScoringEditorProps['onSave']>().mockRejectedValueOnce(new Error('quota')).mockResolvedValue(undefined);
    renderEditor({ onSave });
    await user.click(screen.getByRole('button', { name: 'Edit Sales title' }));
    const value = within(screen.getByRole('group', { name: 'Edit rule Sales title' })).getByLabelText('Value');
    await user.clear(value);
    await user.type(value, '  account executive ');
    await user.click(saveButton());
    expect(await screen.findByText('The rules could not be saved. Your changes are still here; try again.')).toBeInTheDocument();
    expect(value).toHaveValue('  account executive ');
    await user.click(saveButton());
    expect(await screen.findByText('Rules saved. Leads are being rescored in the background.')).toBeInTheDocument();
    expect(onSave).toHaveBeenCalledTimes(2);
    const saved = onSave.mock.calls[1]![0];
    expect(saved.rules[2]!.condition).toEqual({ kind: 'text', field: 'title', op: 'contains', value: 'account executive' });
    expect(saved).toEqual(RuleSetSchema.parse(saved));
  });

  it('once saved, a draft that differs only by what saving trims has nothing left to save', async () => {
    const user = userEvent.setup();
    const props = { defaults: DEFAULTS, onSave: vi.fn<ScoringEditorProps['onSave']>().mockResolvedValue(undefined), preview: vi.fn<ScoringEditorProps['preview']>().mockResolvedValue(PREVIEW) };
    const { rerender } = render(<ScoringEditor saved={SAVED} {...props} />);
    await user.click(screen.getByRole('button', { name: 'Edit Sales title' }));
    await user.type(screen.getByLabelText('Rule name'), ' (EMEA) ');
    await user.click(saveButton());
    const saved = savedRuleSet(props.onSave);
    expect(saved.rules[2]?.name).toBe('Sales title (EMEA)');
    rerender(<ScoringEditor saved={saved} {...props} />);
    await waitFor(() => expect(saveButton()).toBeDisabled());
    expect(screen.getByRole('button', { name: 'Discard changes' })).toBeDisabled();
    expect(screen.getByText('Rules saved. Leads are being rescored in the background.')).toBeInTheDocument();
  });

  it('follows a new saved rule set when there are no unsaved edits', async () => {
    const props = {
      saved: SAVED,
      defaults: DEFAULTS,
      onSave: vi.fn<ScoringEditorProps['onSave']>().mockResolvedValue(undefined),
      preview: vi.fn<ScoringEditorProps['preview']>().mockResolvedValue(PREVIEW),
    };
    const { rerender } = render(<ScoringEditor {...props} />);
    rerender(<ScoringEditor {...props} saved={DEFAULTS} />);
    await waitFor(() => expect(ruleNames()).toEqual(['Visited pricing']));
    expect(saveButton()).toBeDisabled();
  });
});
