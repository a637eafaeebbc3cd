import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { freshDb } from '../unit/helpers/db';
import { CrmSection } from '../../components/crm/CrmSection';
import { DiagnosticsSection } from '../../components/diagnostics/DiagnosticsSection';
import { OptionsLayout, type OptionsPart } from '../../components/options/OptionsLayout';

const parts: OptionsPart[] = [
  { id: 'scoring', label: 'Lead scoring', content: <h2>Scoring here</h2> },
  {
    id: 'crm',
    label: 'CRM',
    content: (
      <DbProvider db={freshDb()}>
        <CrmSection />
      </DbProvider>
    ),
  },
  { id: 'diagnostics', label: 'Diagnostics', content: <DiagnosticsSection environment={{ version: '9.9.9', browser: 'Firefox 128.0', uiLanguage: 'pl' }} /> },
];

function goTo(hash: string) {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

afterEach(() => {
  window.location.hash = '';
});

describe('the options page frame', () => {
  it('shows the section the hash names, marks its link current, and follows hash changes', async () => {
    window.location.hash = '#crm';
    render(<OptionsLayout intro={<h1>Welcome</h1>} parts={parts} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('CRM');
    expect(screen.getByRole('link', { current: 'page' }).textContent).toBe('CRM');
    expect(await screen.findByText('No CRM is connected.')).toBeTruthy();

    goTo('#diagnostics');
    expect(screen.getByRole('link', { current: 'page' }).textContent).toBe('Diagnostics');
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Extension version', 'Browser', 'Interface language']);
    expect(screen.getByText('9.9.9')).toBeTruthy();
    expect(screen.getByText('Firefox 128.0')).toBeTruthy();
    // The shown section takes the focus, so a screen reader starts there.
    expect(document.activeElement?.getAttribute('data-section')).toBe('diagnostics');
    expect(screen.queryByRole('heading', { name: 'CRM' })).toBeNull();

    goTo('#unknown');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Scoring here');
    expect(screen.getByRole('link', { current: 'page' }).textContent).toBe('Lead scoring');
  });

  it('keeps every section mounted while hidden, so work in one survives a look at another', () => {
    window.location.hash = '';
    render(<OptionsLayout intro={null} parts={[{ id: 'scoring', label: 'Lead scoring', content: <input aria-label="Draft" defaultValue="" /> }, ...parts.slice(1)]} />);
    const draft = screen.getByRole('textbox', { name: 'Draft' }) as HTMLInputElement;
    draft.value = 'half-typed';
    goTo('#crm');
    goTo('#scoring');
    expect((screen.getByRole('textbox', { name: 'Draft' }) as HTMLInputElement).value).toBe('half-typed');
  });
});
