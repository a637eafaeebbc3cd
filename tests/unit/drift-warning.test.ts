/**
 * When LinkedIn's markup moves: a page read only by the weakest layer (or with no name)
 * makes the in-page control say so, show what was read, and save only what the rep
 * checked. Real extraction (extractWhenReady on the fixture) and the real control.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import userEvent from '@testing-library/user-event';
import { within } from '@testing-library/dom';
import { describe, expect, it, vi } from 'vitest';
import type { Capture } from '../../lib/capture/schema';
import { extractWhenReady } from '../../lib/content/extract-when-ready';
import { mountSaveButton, type SaveButtonDeps } from '../../lib/content/save-button';
import { samePage } from '../../lib/content/same-page';
import { LINKEDIN_FIXTURE_URLS } from '../e2e/fixtures/linkedin';

const NOW = Date.UTC(2026, 10, 23);
const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../e2e/fixtures/linkedin/');

function page(file: string): { doc: Document; url: string } {
  const url = LINKEDIN_FIXTURE_URLS[file];
  if (!url) throw new Error(`no URL for ${file}`);
  return { doc: new DOMParser().parseFromString(readFileSync(FIXTURE_DIR + file, 'utf8'), 'text/html'), url };
}

function setup(doc: Document, url: string) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const saved: Capture[] = [];
  const deps: SaveButtonDeps = {
    // The real read, with its real waiting (no time passes in the test's sleep).
    extract: () => extractWhenReady(doc, () => url, () => NOW, async () => undefined),
    report: vi.fn().mockResolvedValue(undefined),
    save: vi.fn(async (capture: Capture) => {
      saved.push(capture);
      const name = capture.kind === 'person' ? capture.person.fullName : capture.company.name;
      return { kind: capture.kind, status: 'created' as const, id: 'lead-000001', name: name ?? '' };
    }),
    lookup: vi.fn().mockResolvedValue({ url, lead: null }),
    openPanel: vi.fn().mockResolvedValue(undefined),
    mayAct: () => true,
    samePage,
  };
  const controller = mountSaveButton(root, deps);
  controller.setPage(url, 'person');
  return { ui: within(root), deps, saved };
}

describe('the drift warning', () => {
  it('a profile whose markup moved: says so, shows what was read, and saves what the rep corrected', async () => {
    const user = userEvent.setup();
    const { doc, url } = page('profile-moved.html');
    const { ui, deps, saved } = setup(doc, url);
    await user.click(ui.getByRole('button', { name: 'Save lead' }));

    const review = await ui.findByRole('group', { name: 'Check before saving' });
    const box = within(review);
    expect(box.getByText('LinkedIn’s page looks different: only the page title could be read. Check the details before saving.')).toBeVisible();
    expect(box.getByText('Read from the page: Name, Title, and Company.')).toBeVisible();
    // Nothing is saved before the rep confirms.
    expect(deps.save).not.toHaveBeenCalled();
    // The diagnostic note is sent with the read (no page text in it).
    expect(deps.report).toHaveBeenCalledWith(expect.objectContaining({ pageKind: 'person', drift: 'weakest-only', layers: ['titleMeta'] }));
    expect(JSON.stringify(vi.mocked(deps.report!).mock.calls)).not.toMatch(/Priya|Raman|Kestrel|Partnerships/);

    expect(box.getByLabelText('Name')).toHaveValue('Priya Raman');
    expect(box.getByLabelText('Company')).toHaveValue('Kestrel Payments');
    await user.clear(box.getByLabelText('Title'));
    await user.type(box.getByLabelText('Title'), 'VP Partnerships APAC');
    await user.click(box.getByRole('button', { name: 'Save these details' }));

    expect(await ui.findByRole('button', { name: 'Lead saved: Priya Raman' })).toBeInTheDocument();
    expect(ui.queryByRole('group', { name: 'Check before saving' })).toBeNull();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      kind: 'person',
      person: { fullName: 'Priya Raman', title: 'VP Partnerships APAC', companyName: 'Kestrel Payments', linkedinUrl: url, source: 'linkedin' },
    });
  });

  it('a profile with no name at all: asks for one, refuses to save without it, and keeps the address', async () => {
    const user = userEvent.setup();
    const { doc, url } = page('profile-moved.html');
    doc.title = '';
    doc.querySelector('x-app')?.remove();
    const { ui, saved } = setup(doc, url);
    await user.click(ui.getByRole('button', { name: 'Save lead' }));

    const box = within(await ui.findByRole('group', { name: 'Check before saving' }));
    expect(box.getByText('LinkedIn’s page looks different: no name could be read. Type it below before saving.')).toBeVisible();
    expect(box.getByText('Nothing but the page address could be read.')).toBeVisible();
    await user.click(box.getByRole('button', { name: 'Save these details' }));
    expect(box.getByRole('alert')).toHaveTextContent('Type a name to save.');
    expect(saved).toHaveLength(0);

    await user.type(box.getByLabelText('Name'), 'Priya Raman');
    await user.click(box.getByRole('button', { name: 'Save these details' }));
    expect(await ui.findByRole('button', { name: 'Lead saved: Priya Raman' })).toBeInTheDocument();
    expect(saved[0]).toMatchObject({ kind: 'person', person: { fullName: 'Priya Raman', firstName: 'Priya', lastName: 'Raman', linkedinUrl: url } });
  });

  it('Cancel saves nothing; a page read as usual is saved at once, with no warning', async () => {
    const user = userEvent.setup();
    const moved = page('profile-moved.html');
    const first = setup(moved.doc, moved.url);
    await user.click(first.ui.getByRole('button', { name: 'Save lead' }));
    await user.click(within(await first.ui.findByRole('group', { name: 'Check before saving' })).getByRole('button', { name: 'Cancel' }));
    expect(first.ui.queryByRole('group', { name: 'Check before saving' })).toBeNull();
    expect(first.saved).toHaveLength(0);

    const usual = page('profile-hashed.html');
    const second = setup(usual.doc, usual.url);
    await user.click(second.ui.getByRole('button', { name: 'Save lead' }));
    expect(await second.ui.findByRole('button', { name: 'Lead saved: Mei Tanaka' })).toBeInTheDocument();
    expect(second.ui.queryByRole('group', { name: 'Check before saving' })).toBeNull();
  });

  it('page values go into the form as text, never markup', async () => {
    const user = userEvent.setup();
    const { doc, url } = page('profile-moved.html');
    doc.title = '<img src=x onerror="document.title=1">Priya | LinkedIn';
    const { ui } = setup(doc, url);
    await user.click(ui.getByRole('button', { name: 'Save lead' }));
    const review = await ui.findByRole('group', { name: 'Check before saving' });
    expect(review.querySelector('img')).toBeNull();
    expect(within(review).getByLabelText('Name')).toHaveValue('<img src=x onerror="document.title=1">Priya');
  });
});
