import { act, render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ScoringEditor } from '../../components/scoring/ScoringEditor';
import type { ScoringEditorProps, ScoringPreview } from '../../lib/scoring/preview-types';
import { RuleSetSchema, type RuleSet } from '../../lib/scoring/schema';

const SAVED: RuleSet = RuleSetSchema.parse({
  rules: [
    { id: 'pricing', name: 'Visited pricing', enabled: true, condition: { kind: 'activity', activity: 'pricing-visited', atLeast: 1, withinDays: 30 }, points: 10, per: 'match' },
    { id: 'persona', name: 'Fits persona', enabled: true, condition: { kind: 'persona' }, points: 5, per: 'match' },
  ],
  persona: { name: 'Sales leader', titles: ['head of sales'], industries: [], sizeBands: [], locations: [] },
  decay: { enabled: false, quietDays: 30, weeklyLossPercent: 10 },
  thresholds: { mql: 10, sql: 20 },
});

function previewOf(draft: RuleSet): ScoringPreview {
  const pricing = draft.rules.find((r) => r.id === 'pricing');
  const strong = (pricing?.points ?? 0) > 10;
  return {
    leadCount: 1234,
    ruleMatches: Object.fromEntries(draft.rules.map((r) => [r.id, r.id === 'pricing' ? 80 : 300])),
    before: { mql: 40, sql: 12 },
    after: { mql: strong ? 55 : 40, sql: strong ? 20 : 12 },
    topLeads: [
      { id: 'l1', name: 'Ann Lee', score: 31, label: 'sql' },
      { id: 'l2', name: '<b>Bob</b>', score: 15, label: 'mql' },
      { id: 'l3', name: '', score: 2, label: 'cold' },
    ],
  };
}

function renderEditor(overrides: Partial<ScoringEditorProps> = {}) {
  const props = {
    saved: SAVED,
    defaults: SAVED,
    onSave: vi.fn<ScoringEditorProps['onSave']>().mockResolvedValue(undefined),
    preview: vi.fn<ScoringEditorProps['preview']>((draft) => Promise.resolve(previewOf(draft))),
    ...overrides,
  };
  const view = render(<ScoringEditor {...props} />);
  return { ...props, ...view };
}

function previewRegion() {
  return screen.getByRole('region', { name: 'Preview' });
}

async function editPricingPoints(user: ReturnType<typeof userEvent.setup>, value: string) {
  if (!screen.queryByRole('group', { name: 'Edit rule Visited pricing' })) await user.click(screen.getByRole('button', { name: 'Edit Visited pricing' }));
  const points = within(screen.getByRole('group', { name: 'Edit rule Visited pricing' })).getByLabelText('Points');
  await user.clear(points);
  if (value !== '') await user.type(points, value);
}

describe('scoring editor: live preview', () => {
  it('shows lead count, MQL/SQL before → after and the top leads of the draft', async () => {
    const user = userEvent.setup();
    const { preview } = renderEditor();
    const status = within(previewRegion()).getByRole('status');
    expect(status).toHaveTextContent('Calculating…');
    expect(await within(status).findByText('Leads scored: 1,234')).toBeInTheDocument();
    expect(status).toHaveTextContent('MQL: 40 → 40');
    expect(status).toHaveTextContent('SQL: 12 → 12');
    expect(preview).toHaveBeenCalledTimes(1);
    expect(preview).toHaveBeenLastCalledWith(SAVED);

    await editPricingPoints(user, '25');
    expect(status).toHaveTextContent('Calculating…');
    expect(await within(status).findByText('MQL: 40 → 55')).toBeInTheDocument();
    expect(status).toHaveTextContent('SQL: 12 → 20');
    expect(status).not.toHaveTextContent('Calculating…');
    const draft = vi.mocked(preview).mock.lastCall![0];
    expect(draft.rules[0]).toMatchObject({ id: 'pricing', points: 25 });

    const top = within(previewRegion()).getByRole('list', { name: 'Top leads with these rules' });
    expect(within(top).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Ann Lee: 31 (SQL)', '<b>Bob</b>: 15 (MQL)', '(no name): 2 (cold)']);
    expect(top.querySelector('b')).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Rules' })).getAllByRole('listitem')[1]).toHaveTextContent('Matches 300 leads');
  });

  it('debounces: typing several characters previews only the final draft', async () => {
    const user = userEvent.setup();
    const { preview } = renderEditor();
    await within(previewRegion()).findByText('Leads scored: 1,234');
    vi.mocked(preview).mockClear();
    await editPricingPoints(user, '123');
    await within(previewRegion()).findByText('MQL: 40 → 55');
    expect(preview).toHaveBeenCalledTimes(1);
    expect(vi.mocked(preview).mock.calls[0]![0].rules[0]!.points).toBe(123);
  });

  it('does not run the preview while the draft is invalid', async () => {
    const user = userEvent.setup();
    const { preview } = renderEditor();
    await within(previewRegion()).findByText('Leads scored: 1,234');
    vi.mocked(preview).mockClear();
    await editPricingPoints(user, '');
    expect(within(previewRegion()).getByRole('status')).toHaveTextContent('Fix the problems in the rules to see the preview.');
    await act(() => new Promise((resolve) => setTimeout(resolve, 450)));
    expect(preview).not.toHaveBeenCalled();
    await user.type(within(screen.getByRole('group', { name: 'Edit rule Visited pricing' })).getByLabelText('Points'), '12');
    await within(previewRegion()).findByText('MQL: 40 → 55');
    expect(preview).toHaveBeenCalledTimes(1);
  });

  it('ignores a late answer for an older draft, and says when the preview failed', async () => {
    const user = userEvent.setup();
    let release: ((p: ScoringPreview) => void) | undefined;
    const preview = vi
      .fn<ScoringEditorProps['preview']>()
      .mockImplementationOnce(() => new Promise((resolve) => (release = resolve)))
      .mockRejectedValueOnce(new Error('preview cancelled'))
      .mockImplementation((draft) => Promise.resolve(previewOf(draft)));
    renderEditor({ preview });
    await waitFor(() => expect(preview).toHaveBeenCalledTimes(1));
    await editPricingPoints(user, '30');
    await within(previewRegion()).findByText('The preview could not be calculated.');
    await act(async () => release?.({ ...previewOf(SAVED), leadCount: 1 }));
    expect(within(previewRegion()).queryByText('Leads scored: 1')).toBeNull();
    await editPricingPoints(user, '31');
    expect(await within(previewRegion()).findByText('MQL: 40 → 55')).toBeInTheDocument();
  });

  it('shows the background rescore as a labelled progress bar', () => {
    const { rerender, ...props } = renderEditor({ rescore: { done: 1200, total: 100_000 } });
    const bar = screen.getByRole('progressbar', { name: 'Rescoring leads' });
    expect(bar).toHaveAttribute('value', '1200');
    expect(bar).toHaveAttribute('max', '100000');
    expect(screen.getByText('Rescoring leads: 1,200 of 100,000')).toBeInTheDocument();
    rerender(<ScoringEditor saved={props.saved} defaults={props.defaults} onSave={props.onSave} preview={props.preview} rescore={undefined} />);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
