import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { CrmLookupLine } from '../../components/crm/CrmLookupLine';
import type { CrmLookupAnswer } from '../../lib/messaging/protocol';

/**
 * "Already in HubSpot" on a lead's card in the side panel: it asks the background about the
 * lead by id, and shows the owner, the lifecycle stage in words and a link to the record that
 * opens in a new tab; nothing while no CRM is connected.
 */
const sent: unknown[] = [];
let answer: CrmLookupAnswer;

beforeEach(() => {
  sent.length = 0;
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return { ok: true, data: { page: 'https://www.linkedin.com/in/jane-doe/', answer } };
  });
});
afterEach(() => vi.restoreAllMocks());

const LEAD = { id: 'lead-000001', fullName: 'Jane Doe', email: 'jane@acme.io', linkedinUrl: 'https://www.linkedin.com/in/jane-doe/' };
const RECORD = 'https://app-eu1.hubspot.com/contacts/4242424/record/0-1/10001';

describe('the side panel line "already in HubSpot"', () => {
  it('shows the owner, the stage in words and a link to the record in a new tab', async () => {
    answer = { status: 'found', name: 'Jane Doe', owner: 'Bo Rep', lifecycleStage: 'salesqualifiedlead', url: RECORD };
    render(<CrmLookupLine lead={LEAD} />);
    expect(await screen.findByText('In HubSpot · owner Bo Rep · Sales qualified lead')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Open Jane Doe in HubSpot (new tab)' });
    expect(link).toHaveAttribute('href', RECORD);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(sent).toEqual([{ type: 'crm.lookup', leadId: LEAD.id }]);
  });

  it("says a portal's own stage as HubSpot names it, and an unowned contact as such", async () => {
    answer = { status: 'found', name: 'Jane Doe', lifecycleStage: '1234567', url: RECORD };
    render(<CrmLookupLine lead={LEAD} />);
    expect(await screen.findByText('In HubSpot · no owner · 1234567')).toBeInTheDocument();
  });

  it('says "Not in HubSpot" and gives no link when the person is not there', async () => {
    answer = { status: 'not-found' };
    render(<CrmLookupLine lead={LEAD} />);
    expect(await screen.findByText('Not in HubSpot')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says plainly when the lookup is over its limit', async () => {
    answer = { status: 'unavailable', reason: 'busy' };
    render(<CrmLookupLine lead={LEAD} />);
    expect(await screen.findByText(/too many lookups this minute/)).toBeInTheDocument();
  });

  it('shows nothing while no CRM is connected', async () => {
    answer = { status: 'not-connected' };
    const { container } = render(<CrmLookupLine lead={LEAD} />);
    await waitFor(() => expect(sent).toHaveLength(1));
    // The answer arrives and is rendered (act flushes it).
    await act(() => Promise.resolve());
    expect(container).toBeEmptyDOMElement();
  });

  it('asks again when the e-mail changes (the CRM is searched by it)', async () => {
    answer = { status: 'not-found' };
    const { rerender } = render(<CrmLookupLine lead={LEAD} />);
    expect(await screen.findByText('Not in HubSpot')).toBeInTheDocument();
    answer = { status: 'found', name: 'Jane Doe', owner: 'Ana Rep', url: RECORD };
    rerender(<CrmLookupLine lead={{ ...LEAD, email: 'jane.doe@acme.io' }} />);
    expect(await screen.findByText('In HubSpot · owner Ana Rep')).toBeInTheDocument();
    expect(sent).toHaveLength(2);
  });
});
