import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { mountSaveButton, type SaveButtonDeps } from '../../lib/content/save-button';
import { MessageError } from '../../lib/messaging/protocol';

const NOW = Date.UTC(2026, 10, 23);

function setup(overrides: Partial<SaveButtonDeps> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const deps: SaveButtonDeps = {
    extract: vi.fn().mockResolvedValue({
      ok: true,
      capture: { kind: 'person', person: PersonCaptureSchema.parse({ fullName: 'Jane Doe', source: 'linkedin', capturedAt: NOW }) },
    }),
    save: vi.fn().mockResolvedValue({ kind: 'person', status: 'created', id: 'lead-000001', name: 'Jane Doe' }),
    lookup: vi.fn().mockResolvedValue(null),
    openPanel: vi.fn().mockResolvedValue(undefined),
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

  it('shows an already saved profile as saved, and forgets it on navigation', async () => {
    const lookup = vi.fn(async (url: string) => (url.includes('jane') ? { id: 'lead-000001', name: 'Jane Doe' } : null));
    const { ui, controller } = setup({ lookup });
    controller.setPage('https://www.linkedin.com/in/jane/', 'person');
    expect(await ui.findByRole('button', { name: 'Lead saved: Jane Doe' })).toBeInTheDocument();
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
});
