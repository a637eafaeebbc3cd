import { fireEvent, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { mountSaveButton, type SaveButtonDeps } from '../../lib/content/save-button';
import { samePage } from '../../lib/content/same-page';
import { MessageError } from '../../lib/messaging/protocol';

const NOW = Date.UTC(2026, 10, 23);

function setup(overrides: Partial<SaveButtonDeps> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const deps: SaveButtonDeps = {
    extract: vi.fn().mockResolvedValue({
      result: {
        ok: true,
        capture: { kind: 'person', person: PersonCaptureSchema.parse({ fullName: 'Jane Doe', source: 'linkedin', capturedAt: NOW }) },
      },
      report: { pageKind: 'person', outcome: 'captured', drift: 'none', layers: ['topCard'], via: { fullName: 'topCard:h1' }, fields: { fullName: true } },
    }),
    save: vi.fn().mockResolvedValue({ kind: 'person', status: 'created', id: 'lead-000001', name: 'Jane Doe' }),
    lookup: vi.fn().mockResolvedValue({ url: 'https://www.linkedin.com/in/jane/', lead: null }),
    openPanel: vi.fn().mockResolvedValue(undefined),
    // userEvent's clicks are not trusted; the guard itself is tested in real-input.test.ts.
    mayAct: () => true,
    samePage,
    ...overrides,
  };
  const controller = mountSaveButton(root, deps);
  return { root, deps, controller, ui: within(root) };
}

describe('in-page save button', () => {
  it('is hidden on pages that are not leads and shown on profiles', async () => {
    const { ui, controller } = setup();
    controller.setPage('https://www.linkedin.com/feed/', 'other');
    expect(ui.queryByRole('button', { name: 'Save lead' })).toBeNull();
    controller.setPage('https://www.linkedin.com/in/jane/', 'person');
    expect(ui.getByRole('button', { name: 'Save lead' })).toBeVisible();
  });

  it('saves, then says the lead is saved and offers the side panel', async () => {
    const user = userEvent.setup();
    const { ui, controller, deps } = setup();
    controller.setPage('https://www.linkedin.com/in/jane/', 'person');
    await user.click(ui.getByRole('button', { name: 'Save lead' }));
    expect(await ui.findByRole('button', { name: 'Lead saved: Jane Doe' })).toBeInTheDocument();
    await user.click(ui.getByRole('button', { name: 'Open in side panel' }));
    expect(deps.openPanel).toHaveBeenCalledWith({ leadId: 'lead-000001' });
  });

  it('acts only on activations the guard vouches for: a synthetic click saves nothing and opens nothing', async () => {
    const mayAct = vi.fn((event: Event) => event.isTrusted);
    const { ui, controller, deps } = setup({ mayAct });
    controller.setPage('https://www.linkedin.com/in/jane/', 'person');
    const save = ui.getByRole('button', { name: 'Save lead' });
    fireEvent.click(save);
    save.click();
    fireEvent.click(ui.getByRole('button', { name: 'Open in side panel' }));
    expect(mayAct).toHaveBeenCalledTimes(3);
    expect(deps.extract).not.toHaveBeenCalled();
    expect(deps.save).not.toHaveBeenCalled();
    expect(deps.openPanel).not.toHaveBeenCalled();
    // Still the unsaved state, and nothing said (a page script learns nothing from it).
    expect(ui.getByRole('button', { name: 'Save lead' })).toBeEnabled();
  });

  it('keeps the same controls whether or not the profile is saved (the page can measure them)', async () => {
    const lookup = vi.fn(async () => ({ url: 'https://www.linkedin.com/in/jane/', lead: { id: 'lead-000001', name: 'Jane Doe' } }));
    const { ui, controller, root } = setup({ lookup });
    controller.setPage('https://www.linkedin.com/in/bob/', 'person');
    const before = [...root.querySelectorAll('button')].map((b) => `${b.className}:${b.hidden}`);
    controller.setPage('https://www.linkedin.com/in/jane/', 'person');
    await ui.findByRole('button', { name: 'Lead saved: Jane Doe' });
    expect([...root.querySelectorAll('button')].map((b) => `${b.className}:${b.hidden}`)).toEqual(before);
  });

  it('shows a lookup answer only when it is for the page on screen (the tab URL can lag a navigation)', async () => {
    const answers = [
      { url: 'https://www.linkedin.com/in/bob/', lead: { id: 'lead-000002', name: 'Bob Brown' } },
      { url: 'https://www.linkedin.com/in/jane/', lead: { id: 'lead-000001', name: 'Jane Doe' } },
    ];
    const lookup = vi.fn(async () => answers.shift() ?? { url: 'https://www.linkedin.com/in/jane/', lead: null });
    const { ui, controller } = setup({ lookup });
    controller.setPage('https://www.linkedin.com/in/jane/', 'person');
    expect(await ui.findByRole('button', { name: 'Lead saved: Jane Doe' })).toBeInTheDocument();
    expect(ui.queryByText(/Bob Brown/)).toBeNull();
  });

  it('shows an already saved profile as saved, and forgets it on navigation', async () => {
    let tabUrl = 'https://www.linkedin.com/in/jane/';
    const lookup = vi.fn(async () => ({ url: tabUrl, lead: tabUrl.includes('jane') ? { id: 'lead-000001', name: 'Jane Doe' } : null }));
    const { ui, controller } = setup({ lookup });
    controller.setPage('https://www.linkedin.com/in/jane/', 'person');
    expect(await ui.findByRole('button', { name: 'Lead saved: Jane Doe' })).toBeInTheDocument();
    tabUrl = 'https://www.linkedin.com/in/bob/';
    controller.setPage('https://www.linkedin.com/in/bob/', 'person');
    expect(ui.getByRole('button', { name: 'Save lead' })).toBeInTheDocument();
  });

  it('ignores a save that finishes after the rep moved to another profile', async () => {
    const user = userEvent.setup();
    let finish: (v: unknown) => void = () => undefined;
    const save = vi.fn(() => new Promise((resolve) => (finish = resolve)));
    const { ui, controller } = setup({ save: save as SaveButtonDeps['save'] });
    controller.setPage('https://www.linkedin.com/in/jane/', 'person');
    await user.click(ui.getByRole('button', { name: 'Save lead' }));
    controller.setPage('https://www.linkedin.com/in/bob/', 'person');
    finish({ kind: 'person', status: 'created', id: 'lead-000001', name: 'Jane Doe' });
    await new Promise((r) => setTimeout(r, 0));
    expect(ui.getByRole('button', { name: 'Save lead' })).toBeInTheDocument();
    expect(ui.queryByText(/Jane Doe/)).toBeNull();
  });

  it('renders a hostile name as text and shows errors in plain words', async () => {
    const user = userEvent.setup();
    const { ui, controller, root } = setup({
      save: vi.fn().mockResolvedValue({ kind: 'person', status: 'created', id: 'lead-000001', name: '<img src=x onerror=alert(1)>' }),
    });
    controller.setPage('https://www.linkedin.com/in/eve/', 'person');
    await user.click(ui.getByRole('button', { name: 'Save lead' }));
    expect(await ui.findByText('Lead saved: <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(root.querySelector('img')).toBeNull();

    const failing = setup({ save: vi.fn().mockRejectedValue(new MessageError('quota')) });
    failing.controller.setPage('https://www.linkedin.com/in/x/', 'person');
    await user.click(failing.ui.getByRole('button', { name: 'Save lead' }));
    expect(await failing.ui.findByText(/out of storage space/)).toBeInTheDocument();
  });

  it('a shortcut on a page with no lead says so and offers the manual form', async () => {
    const user = userEvent.setup();
    const { ui, controller, deps } = setup();
    controller.setPage('https://www.linkedin.com/feed/', 'other');
    controller.showNotice({ notice: 'no-lead' });
    expect(ui.getByText(/No lead found on this page/)).toBeVisible();
    await user.click(ui.getByRole('button', { name: 'Add by hand' }));
    expect(deps.openPanel).toHaveBeenCalledWith({ view: 'new' });
  });

  it('a shortcut’s answer that comes after the rep moved to another profile does not show that profile as saved', async () => {
    const { ui, controller, deps } = setup({ lookup: vi.fn().mockResolvedValue({ url: 'https://www.linkedin.com/in/bob/', lead: null }) });
    controller.setPage('https://www.linkedin.com/in/jane/', 'person');
    // The shortcut read Jane; the rep clicked Bob in "People also viewed" before the background answered.
    controller.setPage('https://www.linkedin.com/in/bob/', 'person');
    controller.showNotice({ notice: 'saved', name: 'Jane Doe', leadId: 'lead-000001', url: 'https://www.linkedin.com/in/jane/' });
    expect(ui.getByText('Lead saved: Jane Doe')).toBeVisible();
    expect(ui.getByRole('button', { name: 'Save lead' })).toBeEnabled();
    // The notice's own button opens Jane; the row's opens the panel for the page shown (no lead).
    await userEvent.setup().click(within(ui.getByRole('button', { name: 'Save lead' }).parentElement!).getByRole('button', { name: 'Open in side panel' }));
    expect(deps.openPanel).toHaveBeenLastCalledWith(undefined);
    // On the page it read, the row shows the lead as before.
    controller.setPage('https://www.linkedin.com/in/jane/', 'person');
    controller.showNotice({ notice: 'saved', name: 'Jane Doe', leadId: 'lead-000001', url: 'https://www.linkedin.com/in/jane/?miniProfileUrn=x' });
    expect(ui.getByRole('button', { name: 'Lead saved: Jane Doe' })).toBeInTheDocument();
  });
});
