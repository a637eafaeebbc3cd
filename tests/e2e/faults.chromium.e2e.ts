import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { applyScore } from '../../lib/scoring/apply';
import type { RescoreJob } from '../../lib/db/jobs';
import type { RuleSet } from '../../lib/scoring/schema';
import type { Lead } from '../../lib/schema/records';
import { seededRandom } from '../../lib/transfer/prng';
import { axText, clickNode } from './harness/ax';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { storedRecords } from './harness/extension-data';
import { after, axButtons, figuresLine, readRawState, recomputedFigures, settledState, WorkerStopper, type RawState } from './harness/faults';
import { profileName, profileUrl, serveProfiles } from './harness/profiles';
import { seedLeads, seedRecords, seedScores } from './harness/seed';
import { DataPage } from './pages/data-page';
import { OptionsPage } from './pages/options-page';
import { PanelPage } from './pages/panel-page';
import { PopupPage } from './pages/popup-page';

/**
 * Issue 13's faults, in real Chromium: the service worker stopped at random
 * points during captures and a rescore; the options page closed at random points
 * during an import and a backup restore. Every fault point comes from one seeded
 * generator (FAULT_SEED, printed), so a failing run can be replayed. The fault
 * points are times and counts drawn from it: injecting a fault at a random moment
 * is the point, so these are the only waits not on a condition.
 */
const SEED = Number(process.env.FAULT_SEED ?? 13_2024);
console.log(`faults | seed ${SEED} (replay with FAULT_SEED=${SEED})`);
const random = seededRandom(SEED);

const sessions: ChromiumSession[] = [];
/** A session opened by an earlier case of this file. */
const session = (s: ChromiumSession | undefined): ChromiumSession => {
  if (!s) throw new Error('the case that opens this browser did not run');
  return s;
};
async function browser(): Promise<ChromiumSession> {
  const session = await launchChromium();
  sessions.push(session);
  return session;
}
afterAll(async () => {
  for (const session of sessions) await session.close();
});

/** Poll until `check` gives a value (30 s at most). */
async function until<T>(check: () => Promise<T | undefined>, timeout = 30_000, interval = 50): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** The rescore job as stored (read from a page: the worker may be stopped). */
async function jobOf(page: Page): Promise<RescoreJob | undefined> {
  return (await storedRecords<RescoreJob>(page, 'jobs')).find((j) => j.key === 'rescore');
}

/** The revision of the rules saved (settings), which the finished job must carry. */
async function getScoringRevision(page: Page): Promise<number | undefined> {
  return (await storedRecords<{ key: string; revision?: number }>(page, 'settings')).find((r) => r.key === 'scoring')?.revision;
}

/** Records by id. */
function byId<T extends { id: string }>(records: T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

/** The kept figures equal a recount from the records (what a rep's popup and dashboard show is true). */
function expectKeptEqualsRecomputed(state: RawState): void {
  const recount = recomputedFigures(state);
  expect(state.kept.totals).toEqual(recount.totals);
  expect(state.kept.stages).toEqual(recount.stages);
  expect(state.kept.days).toEqual(recount.days);
  expect(state.kept.response).toEqual(recount.response);
}

const TABS = 4;
const PROFILES = 200;
const PREFIX = 'fault-person';

describe('faults in Chromium', () => {
  it(`${PROFILES} profiles captured from ${TABS} tabs at once, the worker stopped at random moments: ${PROFILES} leads, each captured once`, async () => {
    const session = await browser();
    await serveProfiles(session, PREFIX);
    // The worker is stopped from a blank page: an extension page's live queries would only add load.
    const stopper = await new WorkerStopper(session, await session.context.newPage()).attach();
    // The worker is stopped right after the click of these captures (counted across tabs), while
    // that capture's message and the other tabs' are in flight.
    const faultAt = Array.from({ length: 3 }, () => random.int(10, PROFILES - 10)).sort((a, b) => a - b);
    let clicks = 0;
    let retries = 0;
    const stops: Promise<void>[] = [];
    const failures = new Set<string>();

    const times: number[] = [];
    async function capture(page: Page, n: number): Promise<void> {
      const start = Date.now();
      await page.goto(profileUrl(PREFIX, n));
      const name = profileName(n);
      for (let attempt = 0; ; attempt++) {
        const save = await until(async () => (await axButtons(page)).find((b) => b.name === 'Save lead' && b.backendNodeId !== undefined));
        await clickNode(page, save.backendNodeId!);
        clicks += 1;
        if (faultAt[0] !== undefined && clicks >= faultAt[0]) {
          faultAt.shift();
          stops.push(stopper.stop());
        }
        // The control answers "Lead saved" (or "Lead updated", when a cut answer had in fact been
        // saved), or it is back to "Save lead" with the reason beside it: then the rep clicks again.
        const outcome = await until(async () => {
          const names = (await axButtons(page)).map((b) => b.name);
          if (names.includes(`Lead saved: ${name}`) || names.includes(`Lead updated: ${name}`)) return 'saved';
          return names.includes('Save lead') ? 'failed' : undefined;
        });
        if (outcome === 'saved') return void times.push(Date.now() - start);
        failures.add((await axText(page)).split('\n').find((line) => /wrong|could not|not saved|not visible/i.test(line)) ?? 'no reason shown');
        retries += 1;
        if (attempt >= 5) throw new Error(`${name} could not be saved after ${attempt + 1} tries`);
      }
    }

    const pages = await Promise.all(Array.from({ length: TABS }, () => session.context.newPage()));
    await Promise.all(
      pages.map(async (page, tab) => {
        for (let i = tab; i < PROFILES; i += TABS) await capture(page, i);
      }),
    );
    await Promise.all(stops);

    // Exactly one lead per profile, each with its "captured" touch exactly once, each created once.
    const popup = new PopupPage(await session.extensionPage('popup.html'));
    const state = await settledState(popup.page);
    const urls = state.leads.map((l) => l.linkedinUrl);
    const expected = Array.from({ length: PROFILES }, (_, n) => profileUrl(PREFIX, n));
    expect(urls.sort()).toEqual(expected.sort());
    const captured = new Map<string, number>();
    for (const a of state.activities) if (a.kind === 'captured') captured.set(a.leadId, (captured.get(a.leadId) ?? 0) + 1);
    expect(state.leads.filter((l) => captured.get(l.id) !== 1)).toEqual([]);
    expect(captured.size).toBe(PROFILES);
    const creates = state.changes.filter((c) => c.table === 'leads' && c.kind === 'create').map((c) => c.key);
    expect(new Set(creates).size).toBe(creates.length);
    expect(creates).toHaveLength(PROFILES);
    // The kept figures (the lead count among them) equal a recount, and the popup shows it.
    expectKeptEqualsRecomputed(state);
    expect(state.kept.totals.leads).toBe(PROFILES);
    await popup.page.reload();
    await expect.poll(() => popup.leadCount().textContent()).toBe(`${PROFILES} leads`);
    expect(session.refused).toEqual([]);

    figuresLine('captures', {
      runs: PROFILES,
      faults: stopper.stops,
      records: state.leads.length + state.activities.length,
      lost: PROFILES - new Set(urls).size,
      doubled: urls.length - new Set(urls).size + [...captured.values()].filter((c) => c > 1).length,
      extra: `median ${times.sort((a, b) => a - b)[times.length >> 1]} ms, ${TABS} tabs, ${clicks} clicks, ${retries} retried after "${[...failures].join('" / "')}"`,
    });
  }, 240_000);

  const RESCORED = 8_000;
  const EDITED = [7, 2_345, 4_321].map((i) => `bench-${String(i).padStart(7, '0')}`);

  it(`a rescore of ${RESCORED.toLocaleString('en')} leads, the worker stopped at 3 random points: it resumes, every lead ends scored by the new rules, side-panel edits kept`, async () => {
    const session = await browser();
    const options = new OptionsPage(await session.extensionPage('options.html#scoring'));
    await options.page.getByRole('heading', { name: 'Lead scoring' }).waitFor();
    const seed = { leads: RESCORED, activitiesPerLead: 2, now: Date.now(), floor: false };
    await seedLeads(options.page, seed);
    // The seeding dropped the kept figures; the background rebuilds them when a page finds them missing.
    await options.page.reload();
    await settledState(options.page, 120_000);
    const stopper = await new WorkerStopper(session, options.page).attach();
    const panels = await Promise.all(EDITED.map(async (id) => new PanelPage(await session.extensionPage(`sidepanel.html?lead=${id}`))));
    await Promise.all(panels.map((panel, i) => expect.poll(() => panel.leadHeading().textContent()).toBe(`Lead ${Number(EDITED[i]!.slice(6))}`)));
    // Title is among the contact details, a collapsible section of the panel.
    for (const panel of panels) await panel.openSection('Contact details and notes');

    // Sales-ops adds a rule: a sales title is worth 12 points. Every lead is rescored in the background.
    await options.page.bringToFront();
    await options.page.getByLabel('New rule based on').selectOption({ label: 'Lead field' });
    await options.page.getByRole('button', { name: 'Add rule', exact: true }).click();
    await options.page.getByLabel('Rule name').fill('Sales title');
    await options.page.getByLabel('Field', { exact: true }).selectOption({ label: 'Title' });
    await options.page.getByLabel('Condition', { exact: true }).selectOption({ label: 'contains' });
    await options.page.getByLabel('Value', { exact: true }).fill('sales');
    await options.setPoints('12');
    await options.saveButton().click();
    await expect.poll(() => options.page.getByText('Rules saved. Leads are being rescored in the background.').count()).toBe(1);
    const job = () => jobOf(options.page);

    // Three stops, each at a random moment after the rescore moved past where the last one cut it
    // (a read of the job waits for the chunk in progress to commit), so each cuts a different stretch.
    // After each stop the rep edits a lead in the side panel, while the rescore goes on.
    const cuts: string[] = [];
    const edits: Promise<void>[] = [];
    let cutMidway = 0;
    let doneAtStop = -1;
    for (const [k, panel] of panels.entries()) {
      if (k > 0) await until(async () => ((await job())!.done > doneAtStop || (await job())!.finished ? true : undefined), 120_000);
      await after(random.int(0, 1_000));
      await stopper.stop();
      const cut = (await job())!;
      doneAtStop = cut.done;
      if (!cut.finished) cutMidway += 1;
      cuts.push(cut.finished ? 'after the end' : `at ${cut.done.toLocaleString('en')} of ${cut.total.toLocaleString('en')}`);
      edits.push(
        (async () => {
          await panel.typeAndLeave('Title', `Sales Manager ${k}`);
          await panel.typeAndLeave('Deal value', String(10_000 + k));
        })(),
      );
      // The next event for the worker (a page's message; in use, any event or the one-minute alarm) starts it, and it resumes.
      await stopper.wake();
    }
    await Promise.all(edits);
    // At least the first stop came before the end, or the test proved nothing about resuming.
    expect(cutMidway).toBeGreaterThan(0);
    const revision = (await getScoringRevision(options.page))!;
    await until(async () => ((await job())?.finished && (await job())?.revision === revision ? true : undefined), 180_000);
    // The options page says so too: its progress bar is gone.
    await expect.poll(() => options.page.getByRole('progressbar', { name: 'Rescoring leads' }).count()).toBe(0);
    const state = await settledState(options.page);
    const rules = (await job())!.ruleSet as RuleSet;
    const now = Date.now();
    // What the engine gives in Node for the same records: the seeded lead as stored (scored by the
    // default rules), with the side panel's edit where there was one, scored by the new rules.
    const { records } = seedRecords(seed);
    const scores = seedScores(records, seed.now);
    const stored = byId(state.leads);
    expect(stored.size).toBe(RESCORED);
    let wrong = 0;
    let moved = 0;
    for (const [i, record] of records.entries()) {
      const id = record.id as string;
      const k = EDITED.indexOf(id);
      const seeded = { ...record, ...scores.fields[scores.of[i]!], ...(k >= 0 ? { title: `Sales Manager ${k}` } : {}) } as unknown as Lead;
      const expected = applyScore(seeded, undefined, rules, now).lead;
      const lead = stored.get(id);
      if (!lead || lead.score !== expected.score || lead.scoreLabel !== expected.scoreLabel) wrong += 1;
      if (expected.score !== seeded.score) moved += 1;
    }
    expect(wrong).toBe(0);
    // The rule did change scores (a fifth of the titles say "sales"), so the check above means something.
    expect(moved).toBeGreaterThan(RESCORED / 5);
    // Every edit kept, alongside the new score.
    for (const [k, id] of EDITED.entries()) expect(stored.get(id)).toMatchObject({ title: `Sales Manager ${k}`, dealValue: 10_000 + k });
    // Nothing doubled: no lead's score history repeats an entry, no lead crossed into SQL twice, no
    // lead was written by the rescore more than once (a cut chunk wrote nothing), no touch added.
    const repeated = state.leads.filter((l) => l.scoreHistory.some((h, j) => j > 0 && h.score === l.scoreHistory[j - 1]!.score && h.label === l.scoreHistory[j - 1]!.label));
    expect(repeated).toEqual([]);
    const crossed = state.crossings.map((c) => c.leadId);
    expect(new Set(crossed).size).toBe(crossed.length);
    const updates = new Map<string, number>();
    for (const c of state.changes) if (c.table === 'leads' && c.kind === 'update' && !EDITED.includes(c.key)) updates.set(c.key, (updates.get(c.key) ?? 0) + 1);
    const rewritten = [...updates.values()].filter((n) => n > 1).length;
    expect(rewritten).toBe(0);
    expect(state.activities).toHaveLength(RESCORED * seed.activitiesPerLead);
    expectKeptEqualsRecomputed(state);
    expect(session.refused).toEqual([]);
    figuresLine('rescore', {
      runs: 1,
      faults: stopper.stops,
      records: state.leads.length + state.activities.length,
      lost: RESCORED - stored.size + wrong,
      doubled: rewritten + repeated.length + crossed.length - new Set(crossed).size,
      extra: `stops ${cuts.join(', ')}; ${moved.toLocaleString('en')} scores moved by the rule; ${EDITED.length * 2} side-panel edits kept`,
    });
  }, 300_000);

  // ---- the options page closed during an import and a restore ----

  const ROWS = 2_000;
  const IMPORT_PART = 'Import leads from a CSV file';
  const RESTORE_PART = 'Restore a backup…';
  let transfers: ChromiumSession;
  let reader: Page;
  /** The files the rep chooses (CSV files, downloaded backups). */
  const dir = mkdtempSync(join(tmpdir(), 'pa-faults-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * Run r's CSV: `rows` people of its own; after run 0, one of them is instead a row that
   * merges into run 0's first lead (the one edited in the side panel meanwhile).
   */
  function csvOf(run: number, rows: number): string {
    const lines = ['Name,Email,Company,Title'];
    const merging = run > 0 && run < 10;
    for (let i = merging ? 1 : 0; i < rows; i++) lines.push(`Run${run} Person ${i},run${run}.p${i}@example.com,Company ${i % 40},Account Executive`);
    if (merging) lines.push(`Run0 Person 0,run0.p0@example.com,Company 0,Title from run ${run}`);
    const file = join(dir, `leads-run${run}.csv`);
    writeFileSync(file, lines.join('\n'));
    return file;
  }

  /** Open the options page, choose run r's file, see its counts, and press Import. */
  async function startImport(run: number, rows = ROWS): Promise<{ data: DataPage; clicked: number }> {
    const data = new DataPage(await session(transfers).extensionPage('options.html#data'));
    await data.chooseCsv(csvOf(run, rows));
    const merged = run > 0 && run < 10 ? 1 : 0;
    await expect.poll(() => data.counts().textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^(${rows}|${rows.toLocaleString('en')}) rows: [\\d,]+ new, ${merged} merged`));
    await data.page.bringToFront();
    await data.part(IMPORT_PART).getByRole('button', { name: /^Import [\d,]+ rows$/ }).click();
    return { data, clicked: Date.now() };
  }

  /**
   * When to close the page, in ms after the click, for run r of a transfer that took `length`
   * unfaulted: the first run within its first half (so at least one run is surely cut short),
   * the others anywhere up to a fifth past its end (so some commit before the close).
   */
  const closeAt = (run: number, length: number) => Math.round(random.next() * length * (run === 1 ? 0.5 : 1.2));

  const note = async () => (await storedRecords<{ key: string; kind?: string }>(reader, 'jobs')).find((j) => j.key === 'transfer');
  /** A record's content as a string, to compare whole states. */
  const fingerprint = (records: { id: string }[]) => records.map((r) => JSON.stringify(r)).sort();

  it(`a CSV import of ${ROWS.toLocaleString('en')} rows, the options page closed at random points: all or nothing, said when the page opens again; a side-panel edit during each kept`, async () => {
    transfers = await browser();
    reader = await transfers.extensionPage('popup.html');
    // Run 0, not faulted, is timed: the fault points are drawn over that length.
    const first = await startImport(0);
    await expect.poll(() => first.data.status(IMPORT_PART).textContent(), { timeout: 120_000 }).toMatch(/^Imported: /);
    const length = Date.now() - first.clicked;
    await first.data.page.close();
    const edited = (await readRawState(reader)).leads.find((l) => l.email === 'run0.p0@example.com')!;
    const panel = new PanelPage(await transfers.extensionPage(`sidepanel.html?lead=${edited.id}`));
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Run0 Person 0');
    await panel.openSection('Contact details and notes');

    const outcomes: string[] = [];
    let records = 0;
    let lost = 0;
    let doubled = 0;
    const RUNS = 3;
    for (let run = 1; run <= RUNS; run++) {
      const before = await settledState(reader);
      const { data, clicked } = await startImport(run);
      // The rep edits the lead the import merges into, while it runs.
      const edit = panel.typeAndLeave('Notes', `Edited during import ${run}`);
      await after(Math.max(0, clicked + closeAt(run, length) - Date.now()));
      await data.page.close();
      await edit;
      const left = await note();

      const again = new DataPage(await transfers.extensionPage('options.html#data'));
      const state = await settledState(reader);
      const mine = state.leads.filter((l) => l.email?.startsWith(`run${run}.`));
      // All or nothing.
      expect([0, ROWS - 1]).toContain(mine.length);
      const committed = mine.length === ROWS - 1;
      if (left) {
        // Cut short: nothing of it, and the page says so.
        expect(committed).toBe(false);
        await expect.poll(() => again.outcome(IMPORT_PART).textContent()).toBe(
          'The last import did not finish (its page was closed while it ran), so nothing from it was imported. Choose the file again to import it.',
        );
        outcomes.push('cut, said on reopening');
      } else outcomes.push(committed ? 'committed whole' : 'closed before it started');
      // Everything else as it was; the edited lead keeps the edit, and takes the merged title only with the import.
      const others = (leads: Lead[]) => leads.filter((l) => !l.email?.startsWith(`run${run}.`) && l.id !== edited.id);
      expect(fingerprint(others(state.leads))).toEqual(fingerprint(others(before.leads)));
      expect(byId(state.leads).get(edited.id)).toMatchObject({ notes: `Edited during import ${run}`, title: committed ? `Title from run ${run}` : byId(before.leads).get(edited.id)!.title });
      // Each imported lead with its "captured" touch once.
      const captured = state.activities.filter((a) => a.kind === 'captured');
      expect(new Set(captured.map((a) => a.leadId)).size).toBe(captured.length);
      expect(captured).toHaveLength(state.leads.length);
      expectKeptEqualsRecomputed(state);
      records += state.leads.length + state.activities.length;
      const kept = byId(state.leads);
      lost += before.leads.filter((l) => !kept.has(l.id)).length + (mine.length > 0 ? ROWS - 1 - mine.length : 0);
      doubled += captured.length - new Set(captured.map((a) => a.leadId)).size;
      await again.page.close();
    }
    expect(outcomes.filter((o) => o.startsWith('cut'))).not.toHaveLength(0);
    expect(transfers.refused).toEqual([]);
    figuresLine('import', { runs: RUNS, faults: RUNS, records, lost, doubled, extra: `${ROWS.toLocaleString('en')} rows each, closed 0–${Math.round(length * 1.2)} ms after "Import" (unfaulted: ${length} ms): ${outcomes.join('; ')}; ${RUNS} side-panel edits kept` });
  }, 240_000);

  /** Download a full backup through the options page's Export part, into a file the restore can choose. */
  async function saveBackup(data: DataPage, name: string): Promise<string> {
    const { text } = await data.exportFile('Download a full backup (JSON)');
    const file = join(dir, `${name}.json`);
    writeFileSync(file, text);
    return file;
  }

  /** What a state is, for "before or after, never half": every lead's id and what the rep entered, every touch by id. */
  const shape = (state: RawState) => ({
    leads: state.leads.map((l) => `${l.id}|${l.fullName ?? ''}|${l.email ?? ''}|${l.title ?? ''}|${l.notes ?? ''}|${l.stageId}|${l.createdAt}`).sort(),
    activities: state.activities.map((a) => a.id).sort(),
  });

  it('a backup restore (replace everything), the options page closed at random points: the data as before or as after, never half; said when the page opens again', async () => {
    // A browser of its own, with a smaller database than the import left (a restore rewrites every record).
    const browserOfCase = (transfers = await browser());
    reader = await browserOfCase.extensionPage('popup.html');
    // Backup A: 1,000 imported leads. Then 500 more: backup B.
    const imported = async (run: number, rows: number) => {
      const { data } = await startImport(run, rows);
      await expect.poll(() => data.status(IMPORT_PART).textContent(), { timeout: 120_000 }).toMatch(/^Imported: /);
      return data;
    };
    const data = await imported(10, 1_000);
    const files = { A: await saveBackup(data, 'backup-a'), B: '' };
    await data.page.close();
    const shapeA = shape(await settledState(reader));
    const more = await imported(11, 500);
    files.B = await saveBackup(more, 'backup-b');
    await more.page.close();
    const shapes = { A: shapeA, B: shape(await settledState(reader)) };

    /** Choose a backup, replace everything with it (confirming), and return when Restore was pressed. */
    async function startRestore(file: string): Promise<{ page: DataPage; clicked: number }> {
      const page = new DataPage(await browserOfCase.extensionPage('options.html#data'));
      await page.part(RESTORE_PART).getByLabel('Backup file (JSON)').setInputFiles(file);
      await page.part(RESTORE_PART).getByLabel('Replace everything here with the backup').check();
      page.page.once('dialog', (dialog) => void dialog.accept());
      await page.page.bringToFront();
      await page.part(RESTORE_PART).getByRole('button', { name: 'Restore', exact: true }).click();
      return { page, clicked: Date.now() };
    }

    // Restoring B over B, not faulted, is timed: the fault points are drawn over that length. It leaves B as it was.
    const timed = await startRestore(files.B);
    await expect.poll(() => timed.page.status(RESTORE_PART).textContent(), { timeout: 120_000 }).toMatch(/^Restored /);
    const length = Date.now() - timed.clicked;
    await timed.page.page.close();
    expect(shape(await settledState(reader))).toEqual(shapes.B);

    let current: 'A' | 'B' = 'B';
    const outcomes: string[] = [];
    let records = 0;
    let half = 0;
    const RUNS = 3;
    for (let run = 1; run <= RUNS; run++) {
      const target: 'A' | 'B' = current === 'B' ? 'A' : 'B';
      const { page, clicked } = await startRestore(files[target]);
      await after(Math.max(0, clicked + closeAt(run, length) - Date.now()));
      await page.page.close();
      const left = await note();
      const again = new DataPage(await browserOfCase.extensionPage('options.html#data'));
      const state = await settledState(reader);
      const now = shape(state);
      records += state.leads.length + state.activities.length;
      // Before or after, never half.
      const is = (which: 'A' | 'B') => now.leads.join() === shapes[which].leads.join() && now.activities.join() === shapes[which].activities.join();
      if (!is(current) && !is(target)) half += 1;
      expect(is(current) || is(target)).toBe(true);
      if (is(target) && !is(current)) {
        expect(left).toBeUndefined();
        outcomes.push(`${current}→${target} committed whole`);
        current = target;
      } else if (left) {
        await expect.poll(() => again.outcome(RESTORE_PART).textContent()).toBe(
          'The last backup restore did not finish (its page was closed while it ran), so nothing was changed. Choose the backup again to restore it.',
        );
        outcomes.push(`${current}→${target} cut, ${current} kept, said on reopening`);
      } else outcomes.push(`${current}→${target} closed before it started`);
      expectKeptEqualsRecomputed(state);
      await again.page.close();
    }
    expect(outcomes.filter((o) => o.includes(' cut,'))).not.toHaveLength(0);
    expect(browserOfCase.refused).toEqual([]);
    figuresLine('restore', { runs: RUNS, faults: RUNS, records, lost: half, doubled: half, extra: `replace, ${shapes.A.leads.length.toLocaleString('en')} or ${shapes.B.leads.length.toLocaleString('en')} leads, closed 0–${Math.round(length * 1.2)} ms after "Restore" (unfaulted: ${length} ms): ${outcomes.join('; ')}` });
  }, 240_000);
});
