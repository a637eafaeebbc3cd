import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { OptionsShell } from '../../components/options/OptionsFirstView';
import { PanelApp } from '../../components/PanelApp';
import { PanelShell } from '../../components/panel/PanelFirstView';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { en } from '../../lib/i18n/en';
import { localizePipeline, localizeRuleSet, localizeSequence } from '../../lib/i18n/default-names';
import { defaultSequences } from '../../lib/sequences/defaults';
import { enrol } from '../../lib/sequences/engine';
import type { FirstViewCatalog } from '../../lib/i18n/load';
import type { Locale } from '../../lib/i18n/locales';
import { optionsFirstView } from '../../lib/i18n/options-first-view';
import { panelFirstView } from '../../lib/i18n/panel-first-view';
import { activateMessages } from '../../lib/i18n/runtime';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { useListStore } from '../../lib/ui/list-store';
import { usePanelStore } from '../../lib/ui/panel-store';
import { withFakeLayout } from './helpers/layout';
import { freshDb, NOW } from '../unit/helpers/db';
import { leadRecord } from '../unit/helpers/lead';

/**
 * Issue 15: the options page and the side panel draw their first view with only the
 * catalog areas it says (lib/i18n/options-first-view.ts, panel-first-view.ts); the rest
 * loads once it is drawn. A key of another area would show as itself meanwhile. So each
 * first view is drawn here with its areas alone, and no catalog key may be on screen.
 */
const KEYS = new Set(Object.keys(en));
const LOCALES: Locale[] = ['en', 'pl', 'ru'];

/** Every catalog key shown as itself: in the text or in an attribute a reader hears (labels, titles, placeholders). */
function keysShown(root: HTMLElement): string[] {
  // Text node by text node: the page's text run together would glue a key to the word before it.
  const said: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) said.push(node.textContent ?? '');
  for (const el of root.querySelectorAll('*'))
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'value']) {
      const value = el.getAttribute(name);
      if (value) said.push(value);
    }
  return [...new Set(said.flatMap((text) => text.match(/[a-zA-Z][\w-]*(?:\.[\w-]+)+/g) ?? []).filter((word) => KEYS.has(word)))];
}

async function onlyFirstView(catalog: FirstViewCatalog, locale: Locale) {
  activateMessages(locale, await catalog(locale));
}

withFakeLayout();
beforeEach(() => {
  usePanelStore.setState({ view: 'lead', pickedLeadId: undefined });
  useListStore.getState().reset();
});
// Back to the whole English catalog the other tests expect.
afterEach(() => activateMessages('en', en));

describe.each(LOCALES)('first views with only their catalog areas (%s)', (locale) => {
  it("the options page's scoring section", async () => {
    await onlyFirstView(optionsFirstView, locale);
    const { container } = render(
      <OptionsShell
        first={{ ruleSet: localizeRuleSet(DEFAULT_RULESET), job: { key: 'rescore', revision: 1, ruleSet: DEFAULT_RULESET, done: 3, total: 10, finished: false, startedAt: NOW, newlySql: 0 }, anyLead: false }}
        shortcut={undefined}
        saveRules={vi.fn()}
      />,
    );
    expect(container.querySelector('section#scoring h2')).not.toBeNull();
    // No lead stored: the header offers the demo, as the live page's does.
    expect(container.querySelector('[data-testid="demo-offer"]')).not.toBeNull();
    expect(keysShown(container)).toEqual([]);
  });

  it("the side panel's lead card header", async () => {
    await onlyFirstView(panelFirstView, locale);
    const lead = leadRecord({ fullName: 'Jane Doe', title: 'Head of Sales', companyName: 'Acme', scoreLabel: 'mql', nextStep: { text: 'Call', dueAt: NOW - 86_400_000 } });
    const { container } = render(<PanelShell first={{ lead, pipeline: localizePipeline(DEFAULT_PIPELINE) }} />);
    expect(container.querySelector('h2.lead-name')?.textContent).toBe('Jane Doe');
    expect(keysShown(container)).toEqual([]);
  });

  it("the side panel's lead card header, the lead in a stage since removed", async () => {
    await onlyFirstView(panelFirstView, locale);
    const lead = leadRecord({ fullName: 'Jane Doe', stageId: 'gone-stage' });
    const { container } = render(<PanelShell first={{ lead, pipeline: localizePipeline(DEFAULT_PIPELINE) }} />);
    expect(screen.getByTestId('header-stage').textContent).toContain('gone-stage');
    expect(keysShown(container)).toEqual([]);
  });

  it("the side panel's list first view, before Dexie", async () => {
    await onlyFirstView(panelFirstView, locale);
    usePanelStore.setState({ view: 'list' });
    const lead = leadRecord({ fullName: 'Jane Doe', title: 'Head of Sales', companyName: 'Acme', scoreLabel: 'sql', dealValue: 1200, lastTouchAt: NOW });
    const erased = leadRecord({ id: 'erased-lead', erasedAt: NOW });
    // One step due (the default first sequence's first step), of two: the card and "1 more" are drawn too.
    const sequence = localizeSequence(defaultSequences(NOW)[0]!);
    const enrolled = enrol(lead, sequence, [], NOW - 3 * 86_400_000, 'manual', 'enrolment-1');
    if (!enrolled.ok) throw new Error(enrolled.error);
    const due = { total: 2, items: [{ enrolment: enrolled.enrolment, lead, sequence }], at: NOW };
    const { container } = render(<PanelShell list={{ leads: [lead, erased], pipeline: localizePipeline(DEFAULT_PIPELINE), due }} />);
    const list = screen.getByRole('list', { name: (await panelFirstView(locale))['table.rows'] });
    expect(within(list).getAllByRole('button')).toHaveLength(2);
    within(list).getByText('Jane Doe');
    expect(container.querySelectorAll('.due-steps article.step-card')).toHaveLength(1);
    expect(keysShown(container)).toEqual([]);
  });

  it("the side panel's list", async () => {
    const db = freshDb();
    await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ source: 'linkedin', capturedAt: NOW, fullName: 'Jane Doe', linkedinUrl: 'https://www.linkedin.com/in/jane-doe/' }) }, NOW);
    await onlyFirstView(panelFirstView, locale);
    usePanelStore.setState({ view: 'list' });
    const { container } = render(
      <DbProvider db={db}>
        <PanelApp target={{ view: 'list' }} tab={null} actions={{ readTab: vi.fn(), save: vi.fn() }} />
      </DbProvider>,
    );
    const list = await screen.findByRole('list', { name: (await panelFirstView(locale))['table.rows'] });
    await within(list).findByText('Jane Doe');
    expect(keysShown(container)).toEqual([]);
  });
});
