import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScoringEditor } from '../../components/scoring/ScoringEditor';
import { ScoringSection } from '../../components/scoring/ScoringSection';
import { CATALOGS } from '../../lib/i18n/all-catalogs';
import { activateMessages } from '../../lib/i18n/runtime';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import type { ScoringEditorProps, ScoringPreview } from '../../lib/scoring/preview-types';
import { exportRuleSet, importRuleSet } from '../../lib/scoring/rules-file';
import { RULESET_FORMAT_VERSION, RuleSetSchema, type RuleSet } from '../../lib/scoring/schema';

const SAVED: RuleSet = RuleSetSchema.parse({
  rules: [
    { id: 'pricing', name: 'Visited pricing', enabled: true, condition: { kind: 'activity', activity: 'pricing-visited', atLeast: 1, withinDays: 30 }, points: 10, per: 'match' },
    { id: 'sales-title', name: 'Sales title', enabled: true, condition: { kind: 'text', field: 'title', op: 'contains', value: 'sales' }, points: 4, per: 'match' },
    { id: 'big', name: 'Big company', enabled: true, condition: { kind: 'number', field: 'companySize', op: 'greaterThan', value: 1000 }, points: 2, per: 'match', cap: 2 },
  ],
  persona: { name: 'Sales leader', titles: ['head of sales', 'Paris, France'], industries: [], sizeBands: [], locations: [] },
  decay: { enabled: true, quietDays: 30, weeklyLossPercent: 10 },
  thresholds: { mql: 10, sql: 20 },
});

const DEFAULTS: RuleSet = RuleSetSchema.parse({
  rules: [
    { id: 'email-opened', name: 'Opened an e-mail', enabled: true, condition: { kind: 'activity', activity: 'email-opened', atLeast: 1, withinDays: 90 }, points: 1, per: 'occurrence' },
    { id: 'fits-persona', name: 'Fits the persona', enabled: true, condition: { kind: 'persona' }, points: 5, per: 'match' },
  ],
  persona: { name: 'Default persona', titles: [], industries: [], sizeBands: [], locations: [] },
  decay: { enabled: false, quietDays: 30, weeklyLossPercent: 10 },
  thresholds: { mql: 10, sql: 20 },
});

const IMPORTED: RuleSet = RuleSetSchema.parse({
  ...DEFAULTS,
  rules: [
    { id: 'demo', name: 'Booked a demo', enabled: true, condition: { kind: 'activity', activity: 'meeting-booked', atLeast: 1, withinDays: 60 }, points: 15, per: 'match' },
    { id: 'cfo', name: 'Finance title', enabled: false, condition: { kind: 'text', field: 'title', op: 'startsWith', value: 'cfo' }, points: 3, per: 'match' },
  ],
  thresholds: { mql: 15, sql: 30 },
});

const PREVIEW: ScoringPreview = { leadCount: 3, ruleMatches: {}, before: { mql: 1, sql: 0 }, after: { mql: 1, sql: 0 }, topLeads: [] };

function renderEditor() {
  const props = {
    saved: SAVED,
    defaults: DEFAULTS,
    onSave: vi.fn<ScoringEditorProps['onSave']>().mockResolvedValue(undefined),
    preview: vi.fn<ScoringEditorProps['preview']>().mockResolvedValue(PREVIEW),
  };
  render(<ScoringEditor {...props} />);
  return props;
}

function ruleNames(): string[] {
  return within(screen.getByRole('list', { name: 'Rules' }))
    .getAllByRole('switch')
    .map((s) => (s.getAttribute('aria-label') ?? '').replace(/^Use rule /, ''));
}

function fileReport() {
  return within(screen.getByRole('region', { name: 'Export and import' })).getByRole('status');
}

function jsonFile(text: string, name = 'rules.json') {
  return new File([text], name, { type: 'application/json' });
}

async function importFile(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(screen.getByLabelText('Import rules from a file'), file);
}

describe('scoring editor: import', () => {
  it('accepts only JSON files', () => {
    renderEditor();
    const input = screen.getByLabelText('Import rules from a file');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', 'application/json');
  });

  it('makes a valid file the draft (not saved until Save) and says how many rules came in', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    await importFile(user, jsonFile(exportRuleSet(IMPORTED, Date.now())));
    expect(await within(fileReport()).findByText('Imported 2 rules from rules.json. Review them, then save to apply.')).toBeInTheDocument();
    expect(ruleNames()).toEqual(['Booked a demo', 'Finance title']);
    expect(screen.getByLabelText('SQL score')).toHaveValue(30);
    expect(onSave).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Save rules' }));
    expect(onSave).toHaveBeenCalledWith(IMPORTED);
  });

  it('lists notes for settings it ignored', async () => {
    const user = userEvent.setup();
    renderEditor();
    const file = JSON.parse(exportRuleSet(IMPORTED, Date.now())) as { ruleSet: { rules: Record<string, unknown>[] } };
    file.ruleSet.rules[0]!.colour = 'red';
    await importFile(user, jsonFile(JSON.stringify(file)));
    const notes = await within(fileReport()).findByRole('list', { name: 'Notes' });
    expect(notes).toHaveTextContent('Ignored the unknown setting “colour” at rules[0].');
  });

  it('refuses a file from a newer version, says so, and keeps the current rules', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    await user.click(screen.getByRole('switch', { name: 'Use rule Sales title' })); // an unsaved edit survives too
    const newer = JSON.stringify({ ...JSON.parse(exportRuleSet(IMPORTED, Date.now())), version: RULESET_FORMAT_VERSION + 1 });
    await importFile(user, jsonFile(newer, 'future.json'));
    expect(await within(fileReport()).findByText('future.json was not imported. Your current rules are unchanged.')).toBeInTheDocument();
    const problems = within(fileReport()).getByRole('list', { name: 'Problems' });
    expect(problems).toHaveTextContent(/^version: The file comes from a newer version of the extension/);
    expect(ruleNames()).toEqual(['Visited pricing', 'Sales title', 'Big company']);
    expect(screen.getByRole('switch', { name: 'Use rule Sales title' })).not.toBeChecked();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses a broken file and lists each problem with where it is', async () => {
    const user = userEvent.setup();
    renderEditor();
    await importFile(user, jsonFile('{"format": "prospecting-assistant/scoring-rules", "version": 1, "ruleSet": {'));
    expect(await within(fileReport()).findByText('The file is not valid JSON.')).toBeInTheDocument();

    const file = JSON.parse(exportRuleSet(IMPORTED, Date.now())) as { ruleSet: { rules: Record<string, unknown>[]; thresholds: unknown } };
    file.ruleSet.rules[1] = { ...file.ruleSet.rules[1], condition: { kind: 'text', field: 'twitter', op: 'contains', value: 'x' } };
    file.ruleSet.rules[0] = { ...file.ruleSet.rules[0], points: 5000 };
    file.ruleSet.thresholds = { mql: 30, sql: 15 };
    await importFile(user, jsonFile(JSON.stringify(file), 'broken.json'));
    expect(await within(fileReport()).findByText('broken.json was not imported. Your current rules are unchanged.')).toBeInTheDocument();
    const problems = within(within(fileReport()).getByRole('list', { name: 'Problems' })).getAllByRole('listitem');
    expect(problems.map((li) => li.textContent)).toEqual([
      'rules[1].condition.field (rule “Finance title”): The rule uses the field “twitter”, which does not exist (it may have been removed).',
      'thresholds.sql: The SQL threshold (15) must be higher than the MQL threshold (30).',
      'rules[0].points (rule “Booked a demo”): Must be at most 1,000.',
    ]);
    expect(ruleNames()).toEqual(['Visited pricing', 'Sales title', 'Big company']);
  });

  it('refuses a hostile file without touching anything', async () => {
    const user = userEvent.setup();
    renderEditor();
    const hostile = exportRuleSet(IMPORTED, Date.now()).replace('"rules": [', '"__proto__": { "isAdmin": true }, "rules": [');
    await importFile(user, jsonFile(hostile, 'evil.json'));
    expect(await within(fileReport()).findByText('ruleSet: The file contains the forbidden key “__proto__”.')).toBeInTheDocument();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(ruleNames()).toEqual(['Visited pricing', 'Sales title', 'Big company']);
  });
});

describe('scoring editor: export and reset', () => {
  let clicked: { href: string; download: string; inDocument: boolean }[];
  let blobs: Map<string, Blob>;

  beforeEach(() => {
    clicked = [];
    blobs = new Map();
    let n = 0;
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: vi.fn((blob: Blob) => {
        const url = `blob:test/${++n}`;
        blobs.set(url, blob);
        return url;
      }),
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download, inDocument: this.isConnected });
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('downloads the rules shown as a dated JSON file that imports back to the same rules', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('switch', { name: 'Use rule Big company' }));
    await user.click(screen.getByRole('button', { name: 'Export rules' }));
    expect(clicked).toHaveLength(1);
    const link = clicked[0]!;
    expect(link.download).toMatch(/^scoring-rules-\d{4}-\d{2}-\d{2}\.json$/);
    expect(link.inDocument).toBe(true);
    const blob = blobs.get(link.href);
    expect(blob?.type).toBe('application/json');
    const result = importRuleSet(await blob!.text());
    const expected = { ...SAVED, rules: SAVED.rules.map((r) => (r.id === 'big' ? { ...r, enabled: false } : r)) };
    expect(result).toEqual({ ok: true, ruleSet: expected, notes: [] });
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('exports the shipped rule and persona names as shipped from a Polish editor, so the file reads in each importer’s language', async () => {
    activateMessages('pl', CATALOGS.pl);
    try {
      const user = userEvent.setup();
      render(<ScoringSection ruleSet={DEFAULT_RULESET} job={undefined} save={vi.fn()} preview={vi.fn().mockResolvedValue(PREVIEW)} />);
      expect(screen.getAllByText(CATALOGS.pl['default.rule.pricing-visited']).length).toBeGreaterThan(0);
      await user.click(screen.getByRole('button', { name: CATALOGS.pl['scoring.file.export'] }));
      const result = importRuleSet(await blobs.get(clicked[0]!.href)!.text());
      expect(result.ok && result.ruleSet.rules.map((r) => r.name)).toEqual(DEFAULT_RULESET.rules.map((r) => r.name));
      expect(result.ok && result.ruleSet.persona.name).toBe(DEFAULT_RULESET.persona.name);
    } finally {
      activateMessages('en', CATALOGS.en);
    }
  });

  it('imports a file with the shipped names into a Polish editor in Polish, with nothing to save when it holds the rules in force', async () => {
    activateMessages('pl', CATALOGS.pl);
    try {
      const user = userEvent.setup();
      render(<ScoringSection ruleSet={DEFAULT_RULESET} job={undefined} save={vi.fn()} preview={vi.fn().mockResolvedValue(PREVIEW)} />);
      const names = () => screen.getAllByRole('switch', { name: /„/ }).map((s) => s.getAttribute('aria-label'));
      const before = names();
      expect(before[0]).toContain(CATALOGS.pl['default.rule.pricing-visited']);
      await user.upload(screen.getByLabelText(CATALOGS.pl['scoring.file.import']), jsonFile(exportRuleSet(DEFAULT_RULESET, Date.now())));
      expect(await screen.findByText(/rules\.json/)).toBeInTheDocument();
      expect(names()).toEqual(before);
      expect(screen.getByLabelText(CATALOGS.pl['scoring.persona.name'])).toHaveValue(CATALOGS.pl['default.persona']);
      expect(screen.getByRole('button', { name: CATALOGS.pl['scoring.save'] })).toBeDisabled();
    } finally {
      activateMessages('en', CATALOGS.en);
    }
  });

  it('cannot export while the rules have problems', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.clear(screen.getByLabelText('Persona name'));
    expect(screen.getByRole('button', { name: 'Export rules' })).toBeDisabled();
    expect(screen.getByText('Fix the problems in the rules before exporting.')).toBeInTheDocument();
  });

  it('resets to defaults into the draft; Save applies them', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(ruleNames()).toEqual(['Opened an e-mail', 'Fits the persona']);
    expect(screen.getByLabelText('Persona name')).toHaveValue('Default persona');
    expect(screen.getByText('Default rules loaded. Save to apply them.')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Save rules' }));
    expect(onSave).toHaveBeenCalledWith(DEFAULTS);
  });
});
