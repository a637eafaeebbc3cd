import { waitFor, within } from '@testing-library/dom';
import { describe, expect, it, vi } from 'vitest';
import { mountCrmBadge, type CrmBadgeDeps } from '../../lib/content/crm-badge';
import { samePage } from '../../lib/content/same-page';
import type { CrmLookupAnswer } from '../../lib/messaging/content-protocol';

/** The in-page "already in HubSpot" line: drawn only once a CRM is known to be connected, about the page it is on. */
const JANE = 'https://www.linkedin.com/in/jane-doe/';
const RECORD = 'https://app-eu1.hubspot.com/contacts/4242424/record/0-1/10001';

function setup(answers: { page: string; answer: CrmLookupAnswer }[], { connected = true } = {}) {
  const dock = document.createElement('div');
  const row = document.createElement('div');
  dock.append(row);
  document.body.append(dock);
  const lookup = vi.fn<CrmBadgeDeps['lookup']>();
  for (const a of answers) lookup.mockResolvedValueOnce(a);
  // The background's flag as the content script follows it: told at once, then on every change.
  let tell: (connected: boolean) => void = () => undefined;
  const unfollow = vi.fn();
  const followConnected = (onChange: (connected: boolean) => void) => {
    tell = onChange;
    onChange(connected);
    return unfollow;
  };
  const badge = mountCrmBadge(row, { lookup, samePage, followConnected });
  const line = () => dock.querySelector<HTMLElement>('.pa-crm')!;
  return { dock, badge, lookup, line, ui: within(dock), setConnected: (c: boolean) => tell(c), unfollow };
}

describe('the in-page CRM line', () => {
  it('shows the owner, the stage and a link to the record opened in a new tab', async () => {
    const { badge, line, ui } = setup([{ page: JANE, answer: { status: 'found', name: 'Jane Doe', owner: 'Bo Rep', lifecycleStage: 'lead', url: RECORD } }]);
    badge.setPage(JANE, 'person');
    await waitFor(() => expect(line().hidden).toBe(false));
    expect(line().textContent).toContain('In HubSpot · owner Bo Rep · Lead');
    const link = ui.getByRole('link', { name: 'Open Jane Doe in HubSpot (new tab)' });
    expect(link).toHaveAttribute('href', RECORD);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('asks the background nothing and stays hidden while no CRM is connected', () => {
    const { badge, line, lookup } = setup([], { connected: false });
    badge.setPage(JANE, 'person');
    badge.setPage('https://www.linkedin.com/in/bob-brown/', 'person');
    expect(lookup).not.toHaveBeenCalled();
    expect(line().hidden).toBe(true);
  });

  it('a CRM connected later asks about the profile shown at once; disconnected, hides and asks no more', async () => {
    const { badge, line, lookup, setConnected, unfollow } = setup([{ page: JANE, answer: { status: 'not-found' } }], { connected: false });
    badge.setPage(JANE, 'person');
    setConnected(true);
    await waitFor(() => expect(line().textContent).toBe('Not in HubSpot'));
    expect(line().hidden).toBe(false);
    expect(lookup).toHaveBeenCalledTimes(1);
    setConnected(false);
    expect(line().hidden).toBe(true);
    badge.setPage('https://www.linkedin.com/in/bob-brown/', 'person');
    expect(lookup).toHaveBeenCalledTimes(1);
    badge.destroy();
    expect(unfollow).toHaveBeenCalledOnce();
  });

  it('stays hidden when the background answers "not connected" (the permission taken back)', async () => {
    const { badge, line, lookup } = setup([{ page: JANE, answer: { status: 'not-connected' } }]);
    badge.setPage(JANE, 'person');
    // The line's own handler was attached first, so it has run once the answer is awaited here.
    await lookup.mock.results[0]!.value;
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(line().hidden).toBe(true);
  });

  it('asks nothing off public profiles, and hides there', async () => {
    const { badge, line, lookup } = setup([{ page: JANE, answer: { status: 'not-found' } }]);
    badge.setPage(JANE, 'person');
    await waitFor(() => expect(line().hidden).toBe(false));
    badge.setPage('https://www.linkedin.com/feed/', 'other');
    badge.setPage('https://www.linkedin.com/company/acme/', 'company');
    expect(line().hidden).toBe(true);
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it("asks again while the background still saw the previous page, and never shows that page's answer", async () => {
    const bob = 'https://www.linkedin.com/in/bob-brown/';
    const { badge, line, ui } = setup([
      { page: JANE, answer: { status: 'found', name: 'Jane Doe', url: RECORD } },
      { page: bob, answer: { status: 'not-found' } },
    ]);
    badge.setPage(bob, 'person');
    await waitFor(() => expect(line().textContent).toBe('Not in HubSpot'));
    expect(ui.queryByRole('link')).toBeNull();
  });

  it('a new profile clears the previous link at once', async () => {
    const bob = 'https://www.linkedin.com/in/bob-brown/';
    const { badge, line, ui, lookup } = setup([{ page: JANE, answer: { status: 'found', name: 'Jane Doe', url: RECORD } }]);
    badge.setPage(JANE, 'person');
    await ui.findByRole('link');
    lookup.mockReturnValueOnce(new Promise(() => undefined));
    badge.setPage(bob, 'person');
    expect(ui.queryByRole('link')).toBeNull();
    expect(line().textContent).toBe('Checking HubSpot…');
  });
});
