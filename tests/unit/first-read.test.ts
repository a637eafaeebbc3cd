import { describe, expect, it } from 'vitest';
import { LeadsDatabase, SCHEMA_VERSIONS } from '../../lib/db/database';
import { countDue, dueEnrolments } from '../../lib/db/due';
import { enrolLeads, listSequences } from '../../lib/db/sequences';
import { FIRST_DUE_STEPS, readKeptRowsAsStored, readLeadRowsAsStored, readListRowsAsStored, readScoringRowsAsStored } from '../../lib/db/first-read';
import { DEFAULT_LIST_QUERY, fetchLeadPage } from '../../lib/leads/list-query';
import { readKeptMetrics } from '../../lib/db/kept-metrics';
import { SCHEMA_VERSION } from '../../lib/db/name';
import { storedVersion } from '../../lib/db/raw-read';
import { getPipeline, getRescoreJob, getScoring, rescoreJobOf, saveMetricsSettings, saveRuleSet, scoringOf } from '../../lib/db/settings';
import { pipelineOf } from '../../lib/db/settings-rows';
import { saveCapture } from '../../lib/db/save-capture';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { LeadSchema } from '../../lib/schema/records';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { savePipeline } from '../../lib/db/stage';
import { keptMetricsFrom } from '../../lib/metrics/figures/kept';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { NOW } from './helpers/db';

const uniqueName = (stem: string) => `${stem}-${Math.random().toString(36).slice(2)}`;

/** The popup's first read: the kept figures with plain IndexedDB, before Dexie has loaded (issue 15). */
describe("the popup's first read", () => {
  it('knows the newest schema version without loading the migrations', () => {
    expect(SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.at(-1)!.version);
  });

  it('gives the same figures as the live read', async () => {
    const name = uniqueName('first-read');
    const db = new LeadsDatabase(name);
    await db.open();
    await savePipeline(db, { ...DEFAULT_PIPELINE, currency: 'PLN' }, [], NOW);
    await saveMetricsSettings(db, { scope: 'all', cycle: 'mean', costs: {} }, NOW);
    const live = await readKeptMetrics(db);
    expect(live.stale).toBe(false);
    const rows = await readKeptRowsAsStored(name);
    expect(rows).toBeDefined();
    expect(keptMetricsFrom(rows!)).toEqual(live);
    expect(keptMetricsFrom(rows!)).toMatchObject({ pipeline: { currency: 'PLN' }, settings: { scope: 'all', cycle: 'mean' } });
    db.close();
  });

  it('never creates a database, and leaves one that needs an upgrade to Dexie', async () => {
    const absent = uniqueName('first-read-absent');
    expect(await readKeptRowsAsStored(absent)).toBeUndefined();
    expect(await storedVersion(absent)).toBeUndefined();

    const older = uniqueName('first-read-older');
    const open = indexedDB.open(older, 20);
    await new Promise((resolve, reject) => {
      open.onupgradeneeded = () => ['figures', 'stageFigures', 'dailyFigures', 'settings'].forEach((store) => open.result.createObjectStore(store));
      open.onsuccess = () => resolve(open.result.close());
      open.onerror = () => reject(open.error);
    });
    expect(await readKeptRowsAsStored(older)).toBeUndefined();
    expect(await storedVersion(older)).toBe(20);
  });

  it('says stale for figures not built, as the live read does', () => {
    expect(keptMetricsFrom({ totals: undefined, stages: [], days: [], pipeline: undefined, metrics: undefined })).toEqual({ stale: true });
  });
});

/** The options page's and the side panel's first reads: the same rows the live reads parse (issue 15). */
describe("the options page's and the side panel's first reads", () => {
  it('give the rules, the rescore job, the lead and the pipeline as the live reads do', async () => {
    const name = uniqueName('first-read-pages');
    const db = new LeadsDatabase(name);
    await db.open();
    // No lead yet: the options page's header offers the demo.
    expect((await readScoringRowsAsStored(name))!.anyLead).toBe(false);
    const ruleSet = { ...DEFAULT_RULESET, thresholds: { ...DEFAULT_RULESET.thresholds, mql: DEFAULT_RULESET.thresholds.mql + 1 } };
    await saveRuleSet(db, ruleSet, NOW);
    await savePipeline(db, { ...DEFAULT_PIPELINE, currency: 'PLN' }, [], NOW);
    const saved = await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ source: 'linkedin', capturedAt: NOW, fullName: 'Jane Doe' }) }, NOW);

    const scoring = await readScoringRowsAsStored(name);
    expect(scoringOf(scoring!.scoring)).toEqual(await getScoring(db));
    expect(rescoreJobOf(scoring!.job)).toEqual(await getRescoreJob(db));
    expect(rescoreJobOf(scoring!.job)?.ruleSet.thresholds.mql).toBe(ruleSet.thresholds.mql);
    expect(scoring!.anyLead).toBe(true);

    const lead = await readLeadRowsAsStored(saved.id, name);
    expect(LeadSchema.parse(lead!.lead)).toEqual(await db.leads.get(saved.id));
    expect(pipelineOf(lead!.pipeline)).toEqual(await getPipeline(db));
    expect((await readLeadRowsAsStored('no-such-lead', name))?.lead).toBeUndefined();
    db.close();
  });

  it('never create a database, and leave one that needs an upgrade to Dexie', async () => {
    const absent = uniqueName('first-read-pages-absent');
    expect(await readScoringRowsAsStored(absent)).toBeUndefined();
    expect(await readLeadRowsAsStored('x', absent)).toBeUndefined();
    expect(await storedVersion(absent)).toBeUndefined();

    const older = uniqueName('first-read-pages-older');
    const open = indexedDB.open(older, 20);
    await new Promise((resolve, reject) => {
      open.onupgradeneeded = () => ['settings', 'jobs', 'leads'].forEach((store) => open.result.createObjectStore(store));
      open.onsuccess = () => resolve(open.result.close());
      open.onerror = () => reject(open.error);
    });
    expect(await readScoringRowsAsStored(older)).toBeUndefined();
    expect(await readLeadRowsAsStored('x', older)).toBeUndefined();
    expect(await storedVersion(older)).toBe(20);
  });
});

/** The side panel's list view: its first read gives the live list's first rows, in its order (issue 15). */
describe("the side panel's list first read", () => {
  it('gives the first rows of the default list, in the order the live list draws them', async () => {
    const name = uniqueName('first-read-list');
    const db = new LeadsDatabase(name);
    await db.open();
    await savePipeline(db, { ...DEFAULT_PIPELINE, currency: 'PLN' }, [], NOW);
    for (let i = 0; i < 12; i += 1) {
      const saved = await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ source: 'linkedin', capturedAt: NOW + i, fullName: `Lead ${i}` }) }, NOW + i);
      // Distinct scores and ties both, so the order by score then id (reversed) is what is checked.
      await db.leads.update(saved.id, { score: i % 4 });
    }

    const rows = await readListRowsAsStored(NOW, 5, name);
    const live = await fetchLeadPage(db, DEFAULT_LIST_QUERY, NOW, { offset: 0, limit: 5 });
    expect(rows!.leads.map((row) => LeadSchema.parse(row))).toEqual(live);
    expect(pipelineOf(rows!.pipeline)).toEqual(await getPipeline(db));
    expect((await readListRowsAsStored(NOW, 50, name))!.leads.map((row) => LeadSchema.parse(row))).toEqual(await fetchLeadPage(db, DEFAULT_LIST_QUERY, NOW, { offset: 0, limit: 50 }));
    // The steps due, as the live list's due section reads them: none, then four leads enrolled
    // (their first steps due within the month): the first three with their leads and sequence, and four in all.
    expect(rows!.due).toEqual({ total: 0, rows: [] });
    const [sequence] = await listSequences(db);
    await enrolLeads(db, live.slice(0, 4).map((l) => l.id), sequence!.id, 'manual', NOW);
    const later = NOW + 30 * 86_400_000;
    const due = (await readListRowsAsStored(later, 5, name))!.due;
    const enrolments = await dueEnrolments(db, later, FIRST_DUE_STEPS);
    expect(due.total).toBe(await countDue(db, later));
    expect(due.total).toBe(4);
    expect(due.rows).toEqual(await Promise.all(enrolments.map(async (e) => ({ enrolment: e, lead: await db.leads.get(e.leadId), sequence: await db.sequences.get(e.sequenceId) }))));
    expect(due.rows).toHaveLength(FIRST_DUE_STEPS);
    db.close();
  });

  it('never creates a database', async () => {
    const absent = uniqueName('first-read-list-absent');
    expect(await readListRowsAsStored(NOW, 30, absent)).toBeUndefined();
    expect(await storedVersion(absent)).toBeUndefined();
  });
});
