import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bulkDelete, undoDelete } from '../../lib/db/bulk';
import { declareVersions, LeadsDatabase, SCHEMA_VERSIONS } from '../../lib/db/database';
import { readKeptMetrics } from '../../lib/db/kept-metrics';
import { keepDiagnostic } from '../../lib/db/diagnostics';
import { readAllLinks } from '../../lib/db/crm-links';
import { loadSyncState } from '../../lib/crm/sync/run';
import { getWriteRules } from '../../lib/db/settings';
import { rebuildFigures } from '../../lib/db/write/figures-store';
import { dailyTotalsOf, kindsOf } from '../../lib/metrics/daily-totals';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { ActivitySchema, CompanySchema, LeadSchema, type Lead } from '../../lib/schema/records';
import { companyKey, personNameKey, queryWords } from '../../lib/leads/keys';
import { derivedLeadKeys } from '../../lib/leads/keys';
import { leadRecord as buildLead } from './helpers/lead';
import { NOW } from './helpers/db';

/**
 * The pattern every schema upgrade follows: open the database as an older
 * version declared it, seed records as that version wrote them, then open it
 * with the current code and prove nothing is lost and everything still parses.
 */
async function seedAtVersion(name: string, version: number, seed: (db: Dexie) => Promise<void>) {
  const old = new Dexie(name);
  declareVersions(old, version);
  await old.open();
  await seed(old);
  old.close();
}

const v1Lead = {
  id: 'lead-000001',
  fullName: 'Łukasz Żółć',
  title: 'CTO',
  companyName: 'Żabka',
  linkedinUrl: 'https://www.linkedin.com/in/lukasz-zolc/',
  words: ['lukasz', 'zolc', 'zabka', 'cto', 'warm'],
  // As v13 folds it, so v13's upgrade leaves this seed as it is (its own test seeds v12's spelling).
  nameKey: 'lukasz zolc|zabka',
  tags: ['warm'],
  editedFields: ['title'],
  source: 'linkedin',
  createdAt: NOW,
  updatedAt: NOW,
};
/** What each older version wrote: the lead as that version's code stored it. */
const v2Lead = { ...v1Lead, score: 0, scoreLabel: 'cold', labelByHand: false, scoreHistory: [], activitySummary: { captured: [NOW] } };
const v3Lead = {
  ...v2Lead,
  stageId: 'demo',
  stageChangedAt: NOW + 1_000,
  dealValue: 5_000,
  currency: 'EUR',
  bant: { budget: { checked: true, note: '50k' }, authority: { checked: false }, need: { checked: false }, timeline: { checked: false } },
  reactivations: 1,
};
const SEEDED_LEAD: Record<number, typeof v1Lead> = { 1: v1Lead, 2: v2Lead, 3: v3Lead, 4: v3Lead, 5: v3Lead, 6: { ...v3Lead, reached: ['demo', 'new', 'won'] } as typeof v1Lead, 7: { ...v3Lead, reached: ['demo', 'new', 'won'] } as typeof v1Lead };
SEEDED_LEAD[8] = SEEDED_LEAD[7]!;
SEEDED_LEAD[9] = SEEDED_LEAD[8]!;
SEEDED_LEAD[10] = SEEDED_LEAD[9]!;
SEEDED_LEAD[11] = SEEDED_LEAD[10]!;
SEEDED_LEAD[12] = SEEDED_LEAD[11]!;
SEEDED_LEAD[13] = SEEDED_LEAD[12]!;
const v3History = [
  { id: 'history-0001', leadId: 'lead-000001', at: NOW, toStage: 'new', kind: 'change' },
  { id: 'history-0002', leadId: 'lead-000001', at: NOW + 1_000, fromStage: 'new', toStage: 'demo', kind: 'change' },
  { id: 'history-0003', leadId: 'lead-000001', at: NOW + 2_000, fromStage: 'demo', toStage: 'won', kind: 'won', value: 5_000, currency: 'EUR' },
];
const v4Sequence = {
  id: 'sequence-old-1',
  name: 'Written at v4',
  createdAt: NOW,
  updatedAt: NOW,
  triggers: [],
  steps: [{ id: 'invite', channel: 'linkedin-invite', delayDays: 0, businessDays: false, title: 'Invite', template: 'Hi {firstName}' }],
};
const v4Enrolment = { id: 'enrolment-old-1', leadId: 'lead-000001', sequenceId: 'sequence-old-1', enrolledAt: NOW, via: 'manual', status: 'active', stepIndex: 0, dueAt: NOW, history: [] };

const v1Company = { id: 'company-0001', name: 'Żabka', nameKey: 'zabka', editedFields: [], source: 'linkedin', createdAt: NOW, updatedAt: NOW };
const v1Activity = { id: 'activity-01', leadId: 'lead-000001', kind: 'captured', direction: 'none', at: NOW, createdAt: NOW };

describe('database migrations', () => {
  it('declares every version in ascending order, none removed', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it('v1 -> v2 scores leads from their stored activities (seed example: 10 + 2 + 3 + 5)', async () => {
    const name = `migrate-score-${Math.random()}`;
    const hot = { ...v1Lead, id: 'lead-000002', linkedinUrl: 'https://www.linkedin.com/in/hot/', title: 'Head of Sales' };
    const recent = Date.now() - 86_400_000;
    await seedAtVersion(name, 1, async (db) => {
      await db.table('leads').bulkAdd([v1Lead, hot]);
      await db.table('activities').bulkAdd(
        ['pricing-visited', 'email-opened', 'email-opened', 'link-clicked'].map((kind, i) => ({ id: `act-hot-${i}`, leadId: hot.id, kind, direction: 'inbound', at: recent, createdAt: recent })),
      );
    });
    const current = new LeadsDatabase(name);
    const upgraded = await current.leads.get(hot.id);
    expect(upgraded).toMatchObject({ fullName: hot.fullName, title: 'Head of Sales', score: 20, scoreLabel: 'sql' });
    expect(upgraded?.activitySummary['email-opened']).toHaveLength(2);
    expect(await current.leads.where('scoreLabel').equals('sql').count()).toBe(1);
    current.close();
  });

  it.each(SCHEMA_VERSIONS.slice(0, -1).map((v) => v.version))('a database written at version %i opens with the current code and loses nothing', async (version) => {
    const name = `migrate-from-${version}-${Math.random()}`;
    await seedAtVersion(name, version, async (db) => {
      await db.table('leads').add(SEEDED_LEAD[version]);
      await db.table('companies').add(v1Company);
      await db.table('activities').add(v1Activity);
      // v5 wrote won and lost entries with the lead's creation time.
      if (version >= 3) await db.table('stageHistory').bulkAdd(version >= 5 ? v3History.map((h) => (h.kind === 'won' ? { ...h, leadCreatedAt: NOW } : h)) : v3History);
      if (version >= 4) {
        await db.table('sequences').add(v4Sequence);
        // From v8 on the write layer kept remindAt on every enrolment it wrote.
        await db.table('enrolments').add(version >= 8 ? { ...v4Enrolment, remindAt: v4Enrolment.dueAt } : v4Enrolment);
      }
    });
    const current = new LeadsDatabase(name);
    const leads = await current.leads.toArray();
    expect(leads).toHaveLength(1);
    expect(LeadSchema.parse(leads[0])).toMatchObject(v1Lead);
    expect(CompanySchema.parse(await current.companies.get('company-0001'))).toMatchObject(v1Company);
    expect(ActivitySchema.parse(await current.activities.get('activity-01'))).toMatchObject(v1Activity);
    // v2: scoring fields are filled in from the activities table, under the default rules.
    expect(leads[0]).toMatchObject({ scoreLabel: expect.any(String), labelByHand: false, activitySummary: { captured: [NOW] } });
    expect(typeof leads[0]?.score).toBe('number');
    if (version < 3) {
      // v3: the lead starts in "new" as of its creation, and that is in its stage history.
      expect(leads[0]).toMatchObject({ stageId: 'new', stageChangedAt: NOW, reactivations: 0, bant: { need: { checked: false } } });
      expect(await current.stageHistory.where('leadId').equals(v1Lead.id).toArray()).toMatchObject([{ toStage: 'new', at: NOW }]);
    } else {
      // Written at v3: the pipeline fields and the whole stage history are kept as they were;
      // v6: the lead remembers every stage its history went through.
      expect(leads[0]).toEqual({ ...v3Lead, reached: ['demo', 'new', 'won'] });
      // v5: the won entry now carries the lead's creation time, and the closed-deal index finds it.
      const expected = v3History.map((h) => (h.kind === 'won' ? { ...h, leadCreatedAt: NOW } : h));
      expect(await current.stageHistory.where('leadId').equals(v1Lead.id).sortBy('at')).toEqual(expected);
      expect(await current.stageHistory.where('[kind+at]').between(['won', 0], ['won', Infinity]).count()).toBe(1);
    }
    if (version < 4) {
      // v4: the shipped sequences are there, and no lead is enrolled by the upgrade.
      expect((await current.sequences.toArray()).map((q) => q.name)).toContain('LinkedIn + e-mail, five touches');
      expect(await current.enrolments.count()).toBe(0);
    } else {
      // Written at v4: sequences and enrolments are kept as they were; v8: a step not yet reminded is in the reminders index.
      expect(await current.sequences.get(v4Sequence.id)).toEqual(v4Sequence);
      expect(await current.enrolments.get(v4Enrolment.id)).toEqual({ ...v4Enrolment, remindAt: v4Enrolment.dueAt });
      expect(await current.enrolments.where('remindAt').belowOrEqual(NOW).primaryKeys()).toEqual([v4Enrolment.id]);
    }
    // The indexes of the current version answer for the old records.
    expect(await current.leads.where('linkedinUrl').equals(v1Lead.linkedinUrl).count()).toBe(1);
    expect(await current.leads.where('words').startsWith('zol').count()).toBe(1);
    current.close();
  });

  it('v5 -> v6 moves the kept totals out of settings: the figures read after the upgrade are the ones v5 kept', async () => {
    const name = `migrate-figures-${Math.random()}`;
    const DAY = 86_400_000;
    // A small pipeline as v5 stored it: open, won and lost deals over a few weeks, in two currencies.
    const leads: Lead[] = [
      buildLead({ id: 'lead-open-01', stageId: 'demo', createdAt: NOW - 40 * DAY, stageChangedAt: NOW - 30 * DAY, dealValue: 4_000 }),
      buildLead({ id: 'lead-open-02', stageId: 'new', createdAt: NOW - 10 * DAY, stageChangedAt: NOW - 10 * DAY }),
      buildLead({ id: 'lead-won-001', stageId: 'won', createdAt: NOW - 60 * DAY, stageChangedAt: NOW - 20 * DAY, dealValue: 25_000 }),
      buildLead({ id: 'lead-won-002', stageId: 'won', createdAt: NOW - 50 * DAY, stageChangedAt: NOW - 5 * DAY, dealValue: 9_000, currency: 'EUR' }),
      buildLead({ id: 'lead-lost-01', stageId: 'lost', createdAt: NOW - 35 * DAY, stageChangedAt: NOW - 3 * DAY, dealValue: 1_000 }),
    ];
    const kindOf = kindsOf(DEFAULT_PIPELINE);
    const keptDays = dailyTotalsOf(leads, kindOf);
    const keptStats = {
      demo: { count: 1, values: { '': 4_000 } },
      new: { count: 1, values: {} },
      won: { count: 2, values: { '': 25_000, EUR: 9_000 } },
      lost: { count: 1, values: { '': 1_000 } },
    };
    const rules = { ...DEFAULT_RULESET, thresholds: { mql: 5, sql: 15 } };
    await seedAtVersion(name, 5, async (db) => {
      await db.table('leads').bulkAdd(leads);
      await db.table('stageHistory').bulkAdd([
        { id: 'history-a', leadId: 'lead-won-001', at: NOW - 60 * DAY, toStage: 'new', kind: 'change' },
        { id: 'history-b', leadId: 'lead-won-001', at: NOW - 40 * DAY, fromStage: 'new', toStage: 'qualified', kind: 'change' },
        { id: 'history-c', leadId: 'lead-won-001', at: NOW - 20 * DAY, fromStage: 'qualified', toStage: 'won', kind: 'won', value: 25_000 },
      ]);
      await db.table('settings').bulkPut([
        { key: 'pipeline', pipeline: DEFAULT_PIPELINE, updatedAt: NOW },
        { key: 'scoring', ruleSet: rules, revision: 3, updatedAt: NOW },
        { key: 'rescore', revision: 3, done: 5, total: 5, lastId: 'lead-won-002', finished: true, startedAt: NOW, newlySql: 0 },
        { key: 'leadCount', count: 5, updatedAt: NOW },
        { key: 'pipelineStats', byStage: keptStats, updatedAt: NOW },
        { key: 'dailyTotals', days: keptDays, updatedAt: NOW },
      ]);
    });
    const current = new LeadsDatabase(name);
    // The kept rows left settings; the rescore job moved to jobs with the rules writes score with.
    expect((await current.settings.toArray()).map((r) => r.key).sort()).toEqual(['pipeline', 'scoring']);
    expect(await current.jobs.get('rescore')).toMatchObject({ revision: 3, lastId: 'lead-won-002', finished: true, ruleSet: rules });
    expect((await getWriteRules(current)).ruleSet.thresholds).toEqual({ mql: 5, sql: 15 });
    // Figures are derived: none is carried over, so pages read "not built" until the background rebuilds them.
    expect(await readKeptMetrics(current)).toEqual({ stale: true });
    await rebuildFigures(current, NOW);
    const kept = await readKeptMetrics(current);
    if (kept.stale) throw new Error('figures not built');
    expect(kept.days).toEqual(keptDays);
    expect(kept.stats).toEqual(keptStats);
    expect(kept.leadCount).toBe(5);
    // The funnel's memory of stages: the won lead went through new and qualified.
    expect((await current.leads.get('lead-won-001'))?.reached).toEqual(['new', 'qualified', 'won']);
    current.close();
  });

  it('v7 -> v8 puts exactly the steps whose reminder was never sent in the reminders index, and changes nothing else', async () => {
    const name = `migrate-reminders-${Math.random()}`;
    const base = { ...v4Enrolment, history: [] };
    // As v7 stored them: due and never reminded (more than the 500 the old check read), reminded and still
    // open, snoozed after a reminder (a new due time), ended, and one due next week.
    const pending = Array.from({ length: 520 }, (_, i) => ({ ...base, id: `enrolment-due-${String(i).padStart(4, '0')}`, dueAt: NOW - i * 60_000 }));
    const reminded = Array.from({ length: 510 }, (_, i) => ({ ...base, id: `enrolment-told-${String(i).padStart(4, '0')}`, dueAt: NOW - 86_400_000 - i, remindedDueAt: NOW - 86_400_000 - i }));
    const snoozed = { ...base, id: 'enrolment-snoozed', dueAt: NOW + 3_600_000, remindedDueAt: NOW - 3_600_000 };
    const ended = { ...base, id: 'enrolment-ended', status: 'ended', stopReason: 'reply', endedAt: NOW, dueAt: undefined };
    const later = { ...base, id: 'enrolment-later', dueAt: NOW + 7 * 86_400_000 };
    const all: Record<string, unknown>[] = [...pending, ...reminded, snoozed, ended, later];
    await seedAtVersion(name, 7, async (db) => {
      await db.table('sequences').add(v4Sequence);
      await db.table('enrolments').bulkAdd(all);
    });
    const current = new LeadsDatabase(name);
    const stored = new Map((await current.enrolments.toArray()).map((e) => [e.id, e]));
    expect(stored.size).toBe(all.length);
    for (const before of all) {
      const id = before.id as string;
      const waiting = before.status === 'active' && before.dueAt !== undefined && before.remindedDueAt !== before.dueAt;
      expect(stored.get(id), id).toEqual(waiting ? { ...before, remindAt: before.dueAt } : before);
    }
    // The index answers "what is due and not yet reminded" without the 510 reminded ones in the way.
    expect(await current.enrolments.where('remindAt').belowOrEqual(NOW).count()).toBe(520);
    expect(await current.enrolments.where('remindAt').above(NOW).primaryKeys()).toEqual(['enrolment-snoozed', 'enrolment-later']);
    current.close();
  });

  it('v8 -> v9 adds the bulk-delete undo table, empty, and keeps every record and index of v8', async () => {
    const name = `migrate-undo-${Math.random()}`;
    const lead = SEEDED_LEAD[8]!;
    await seedAtVersion(name, 8, async (db) => {
      await db.table('leads').add(lead);
      await db.table('activities').add(v1Activity);
      await db.table('stageHistory').bulkAdd(v3History.map((h) => (h.kind === 'won' ? { ...h, leadCreatedAt: NOW } : h)));
      await db.table('sequences').add(v4Sequence);
      await db.table('enrolments').add(v4Enrolment);
      await db.table('settings').put({ key: 'pipeline', pipeline: DEFAULT_PIPELINE, updatedAt: NOW });
      await db.table('jobs').put({ key: 'rescore', revision: 2, ruleSet: DEFAULT_RULESET, done: 1, total: 1, finished: true, startedAt: NOW, newlySql: 0 });
    });
    const current = new LeadsDatabase(name);
    await current.open();
    expect(current.backendDB().objectStoreNames.contains('deletedLeads')).toBe(true);
    expect(await current.leads.toArray()).toEqual([lead]);
    expect(await current.activities.toArray()).toEqual([v1Activity]);
    expect(await current.stageHistory.count()).toBe(3);
    expect(await current.enrolments.where('[sequenceId+status]').equals([v4Sequence.id, 'active']).count()).toBe(1);
    expect(await current.settings.get('pipeline')).toEqual({ key: 'pipeline', pipeline: DEFAULT_PIPELINE, updatedAt: NOW });
    expect(await current.jobs.get('rescore')).toMatchObject({ revision: 2 });
    expect(await current.deletedLeads.count()).toBe(0);
    // The new table works: a delete keeps its undo there, and the undo brings the v8 records back.
    await bulkDelete(current, [lead.id], NOW + 10_000);
    expect(await current.deletedLeads.count()).toBe(1);
    expect(await undoDelete(current, NOW + 20_000)).toMatchObject({ restored: 1 });
    expect(await current.leads.get(lead.id)).toEqual(lead);
    current.close();
  });

  it('v9 -> v10 adds the capture diagnostics table, empty, and keeps every record and index of v9', async () => {
    const name = `migrate-diagnostics-${Math.random()}`;
    const lead = SEEDED_LEAD[8]!;
    const undoRow = { id: 'lead-000002', lead: { ...lead, id: 'lead-000002' }, activities: [], stageHistory: [], enrolments: [], deletedAt: NOW, revision: 2 };
    await seedAtVersion(name, 9, async (db) => {
      await db.table('leads').add(lead);
      await db.table('activities').add(v1Activity);
      await db.table('stageHistory').bulkAdd(v3History.map((h) => (h.kind === 'won' ? { ...h, leadCreatedAt: NOW } : h)));
      await db.table('sequences').add(v4Sequence);
      await db.table('enrolments').add(v4Enrolment);
      await db.table('companies').add(v1Company);
      await db.table('settings').put({ key: 'pipeline', pipeline: DEFAULT_PIPELINE, updatedAt: NOW });
      await db.table('jobs').put({ key: 'rescore', revision: 2, ruleSet: DEFAULT_RULESET, done: 1, total: 1, finished: true, startedAt: NOW, newlySql: 0 });
      await db.table('deletedLeads').add(undoRow);
    });
    const current = new LeadsDatabase(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await current.leads.toArray()).toEqual([lead]);
    expect(await current.activities.toArray()).toEqual([v1Activity]);
    expect(await current.stageHistory.count()).toBe(3);
    expect(await current.sequences.get(v4Sequence.id)).toEqual(v4Sequence);
    expect(await current.enrolments.where('[sequenceId+status]').equals([v4Sequence.id, 'active']).count()).toBe(1);
    expect(await current.companies.toArray()).toEqual([v1Company]);
    expect(await current.settings.get('pipeline')).toEqual({ key: 'pipeline', pipeline: DEFAULT_PIPELINE, updatedAt: NOW });
    expect(await current.jobs.get('rescore')).toMatchObject({ revision: 2 });
    expect(await current.deletedLeads.toArray()).toEqual([undoRow]);
    expect(await current.leads.where('linkedinUrl').equals(lead.linkedinUrl).count()).toBe(1);
    // The new table is there, empty, and works (newest kept, indexed by time).
    expect(current.backendDB().objectStoreNames.contains('captureDiagnostics')).toBe(true);
    expect(await current.captureDiagnostics.count()).toBe(0);
    await keepDiagnostic(current, { pageKind: 'person', outcome: 'captured', drift: 'none', layers: ['topCard'], via: { fullName: 'topCard:h1' }, fields: { fullName: true } }, NOW, '1.0.0');
    expect(await current.captureDiagnostics.where('at').equals(NOW).count()).toBe(1);
    current.close();
  });

  it('v10 -> v11 adds the CRM connection table, empty, and keeps every record of v10', async () => {
    const name = `migrate-crm-${Math.random()}`;
    const lead = SEEDED_LEAD[8]!;
    const diagnostic = { pageKind: 'person', outcome: 'captured', drift: 'none', layers: ['topCard'], via: {}, fields: { fullName: true }, at: NOW, version: '0.1.0' };
    await seedAtVersion(name, 10, async (db) => {
      await db.table('leads').add(lead);
      await db.table('activities').add(v1Activity);
      await db.table('companies').add(v1Company);
      await db.table('sequences').add(v4Sequence);
      await db.table('enrolments').add(v4Enrolment);
      await db.table('settings').put({ key: 'pipeline', pipeline: DEFAULT_PIPELINE, updatedAt: NOW });
      await db.table('captureDiagnostics').add(diagnostic);
    });
    const current = new LeadsDatabase(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await current.leads.toArray()).toEqual([lead]);
    expect(await current.activities.toArray()).toEqual([v1Activity]);
    expect(await current.companies.toArray()).toEqual([v1Company]);
    expect(await current.sequences.get(v4Sequence.id)).toEqual(v4Sequence);
    expect(await current.enrolments.toArray()).toEqual([v4Enrolment]);
    expect(await current.settings.get('pipeline')).toEqual({ key: 'pipeline', pipeline: DEFAULT_PIPELINE, updatedAt: NOW });
    expect(await current.captureDiagnostics.toArray()).toEqual([{ ...diagnostic, id: 1 }]);
    expect(await current.leads.where('linkedinUrl').equals(lead.linkedinUrl).count()).toBe(1);
    expect(current.backendDB().objectStoreNames.contains('crmConnections')).toBe(true);
    expect(await current.crmConnections.count()).toBe(0);
    current.close();
  });

  it('v11 -> v12 moves the CRM links out of the crmSync jobs row into crmLinks, losing nothing', async () => {
    const name = `migrate-crm-links-${Math.random()}`;
    const lead = SEEDED_LEAD[8]!;
    const connection = { crm: 'hubspot', token: 'pat-eu1-secret', account: { accountId: '123', uiDomain: 'app.hubspot.com', currency: 'EUR', timeZone: 'Europe/Warsaw' }, owners: [], connectedAt: NOW, state: 'connected' };
    const links = {
      contacts: { [lead.id]: '101' },
      companies: { [v1Company.id]: '201' },
      deals: { [lead.id]: '301' },
      notes: { [v1Activity.id]: '401' },
      tasks: { [`next-step:${lead.id}`]: '501' },
    };
    const job = { key: 'crmSync', accountId: '123', checkpoint: 7, walk: { done: true }, links, updatedAt: NOW };
    await seedAtVersion(name, 11, async (db) => {
      await db.table('leads').add(lead);
      await db.table('activities').add(v1Activity);
      await db.table('companies').add(v1Company);
      await db.table('crmConnections').add(connection);
      await db.table('jobs').put(job);
    });
    const current = new LeadsDatabase(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await current.leads.toArray()).toEqual([lead]);
    expect(await current.activities.toArray()).toEqual([v1Activity]);
    expect(await current.companies.toArray()).toEqual([v1Company]);
    expect(await current.crmConnections.toArray()).toEqual([connection]);
    // The jobs row keeps its progress and no longer any link.
    const { links: _links, ...progress } = job;
    expect(await current.jobs.get('crmSync')).toEqual(progress);
    expect(await loadSyncState(current)).toEqual(progress);
    // Every link moved, with the person it is about (none for the company).
    expect(await current.crmLinks.toArray()).toEqual(
      expect.arrayContaining([
        { kind: 'contact', localId: lead.id, crmId: '101', leadId: lead.id },
        { kind: 'company', localId: v1Company.id, crmId: '201' },
        { kind: 'deal', localId: lead.id, crmId: '301', leadId: lead.id },
        { kind: 'note', localId: v1Activity.id, crmId: '401', leadId: v1Activity.leadId },
        { kind: 'task', localId: `next-step:${lead.id}`, crmId: '501', leadId: lead.id },
      ]),
    );
    expect(await current.crmLinks.count()).toBe(5);
    expect(await readAllLinks(current)).toEqual(links);
    expect(await current.crmLinks.where('crmId').equals('401').count()).toBe(1);
    current.close();
  });

  it('v11 -> v12 without a crmSync row adds an empty crmLinks table', async () => {
    const name = `migrate-crm-links-empty-${Math.random()}`;
    await seedAtVersion(name, 11, async (db) => {
      await db.table('leads').add(SEEDED_LEAD[8]!);
    });
    const current = new LeadsDatabase(name);
    await current.open();
    expect(await current.crmLinks.count()).toBe(0);
    expect(await current.leads.count()).toBe(1);
    current.close();
  });

  it('v12 -> v13 makes the name keys again (stroked letters spelled plainly, Cyrillic and Polish legal forms left out): "Michal" finds Michał; nothing else changes', async () => {
    const name = `migrate-stroked-${Math.random()}`;
    // As v12's fold stored them: ł, ø, ß kept whole.
    const michal = { ...SEEDED_LEAD[12]!, id: 'lead-000002', fullName: 'Michał Wiśniewski', companyName: 'Wałbrzyskie Zakłady', linkedinUrl: 'https://www.linkedin.com/in/mw/', words: ['michał', 'wisniewski', 'wałbrzyskie', 'zakłady', 'straße'], nameKey: 'michał wisniewski|wałbrzyskie zakłady' };
    const plain = SEEDED_LEAD[12]!;
    const company = { ...v1Company, id: 'company-0002', name: 'Wałbrzyskie Zakłady', nameKey: 'wałbrzyskie zakłady' };
    // v12 kept Cyrillic legal forms in the key.
    const romashka = { ...v1Company, id: 'company-0003', name: 'ООО «Ромашка»', nameKey: 'ооо ромашка' };
    const ivan = { ...michal, id: 'lead-000003', fullName: 'Иван Петров', companyName: 'ООО «Ромашка»', linkedinUrl: 'https://www.linkedin.com/in/ip/', words: ['иван', 'петров', 'ооо', 'ромашка'], nameKey: 'иван петров|ооо ромашка' };
    await seedAtVersion(name, 12, async (db) => {
      await db.table('leads').bulkAdd([plain, michal, ivan]);
      await db.table('companies').bulkAdd([v1Company, company, romashka]);
      await db.table('activities').add(v1Activity);
    });
    const current = new LeadsDatabase(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await current.leads.get(michal.id)).toEqual({ ...michal, words: ['michal', 'wisniewski', 'walbrzyskie', 'zaklady', 'strasse'], nameKey: 'michal wisniewski|walbrzyskie zaklady' });
    expect(await current.leads.get(plain.id)).toEqual(plain);
    expect(await current.leads.get(ivan.id)).toEqual({ ...ivan, nameKey: 'иван петров|ромашка' });
    expect(await current.companies.toArray()).toEqual([v1Company, { ...company, nameKey: 'walbrzyskie zaklady' }, { ...romashka, nameKey: 'ромашка' }]);
    expect(await current.activities.toArray()).toEqual([v1Activity]);
    // The indexes follow: found by the key today's code makes of the same names.
    expect(await current.leads.where('words').startsWith('michal').primaryKeys()).toEqual([michal.id]);
    expect(await current.leads.where('nameKey').equals(personNameKey('Michał Wiśniewski', 'Wałbrzyskie Zakłady')!).primaryKeys()).toEqual([michal.id]);
    expect(await current.companies.where('nameKey').equals(companyKey('Walbrzyskie Zaklady sp. z o.o.')!).primaryKeys()).toEqual([company.id]);
    expect(await current.companies.where('nameKey').equals(companyKey('Ромашка')!).primaryKeys()).toEqual([romashka.id]);
    current.close();
  });

  it('v13 -> v14 indexes whole e-mails and phone digits: "jan@acme.pl", "acme.pl" and "600700800" find the lead; nothing else changes', async () => {
    const name = `migrate-contact-words-${Math.random()}`;
    // As v13 stored them: the e-mail's local part only, no phone.
    const jan = { ...SEEDED_LEAD[13]!, id: 'lead-000002', fullName: 'Jan Kowalski', companyName: 'Acme', title: 'CEO', linkedinUrl: 'https://www.linkedin.com/in/jk/', email: 'jan.k@acme.pl', phone: '+48 600 700 800 ext. 12', tags: ['hot'], words: ['jan', 'kowalski', 'acme', 'ceo', 'jan', 'k', 'hot'].filter((w, i, all) => all.indexOf(w) === i), nameKey: 'jan kowalski|acme' };
    const plain = SEEDED_LEAD[13]!;
    const erased = { ...jan, id: 'lead-000003', linkedinUrl: 'https://www.linkedin.com/in/gone/', fullName: 'Erased person', words: [], erasedAt: NOW, nameKey: undefined };
    delete (erased as { nameKey?: string }).nameKey;
    const kept = { id: 'lead-000004', deletedAt: NOW, revision: 1, lead: { ...jan, id: 'lead-000004', linkedinUrl: 'https://www.linkedin.com/in/del/' }, activities: [], stageHistory: [], enrolments: [] };
    await seedAtVersion(name, 13, async (db) => {
      await db.table('leads').bulkAdd([plain, jan, erased]);
      await db.table('companies').add(v1Company);
      await db.table('activities').add(v1Activity);
      await db.table('deletedLeads').add(kept);
    });
    const current = new LeadsDatabase(name);
    await current.open();
    expect(current.verno).toBe(14);
    const words = ['jan', 'kowalski', 'acme', 'ceo', 'k', 'pl', 'hot', '48', '600', '700', '800', '48600700800', '8600700800', '600700800', '00700800', '0700800'];
    expect(await current.leads.get(jan.id)).toEqual({ ...jan, words });
    // The same words as today's code makes of the same fields.
    expect(words).toEqual(derivedLeadKeys(jan as unknown as Lead).words);
    expect(await current.leads.get(plain.id)).toEqual(plain);
    expect(await current.leads.get(erased.id)).toEqual(erased);
    expect(await current.deletedLeads.get(kept.id)).toEqual({ ...kept, lead: { ...kept.lead, words } });
    expect(await current.companies.toArray()).toEqual([v1Company]);
    expect(await current.activities.toArray()).toEqual([v1Activity]);
    // The index follows: found by what a rep pastes or types.
    for (const query of ['jan@acme.pl', 'acme.pl', '600700800', '+48 600 700 800', '0048600700800', '700-800']) {
      const found = await Promise.all(queryWords(query).map(async (word) => [...new Set(await current.leads.where('words').startsWith(word).primaryKeys())]));
      expect(found.reduce((a, b) => a.filter((id) => b.includes(id))), query).toEqual([jan.id]);
    }
    current.close();
  });

  it('upgrades are frozen snapshots: no migration imports live app code', () => {
    const dir = 'lib/db/migrations/';
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files).toEqual(expect.arrayContaining(['v001.ts', 'v002.ts', 'v003.ts', 'v004.ts', 'v005.ts', 'v006.ts', 'v007.ts', 'v008.ts']));
    for (const file of files) {
      const imports = [...readFileSync(dir + file, 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
      // Only Dexie, and the migrations' own files.
      for (const source of imports) expect(source, `${file} imports ${source}`).toMatch(/^(dexie|\.\/(types|v\d{3}))$/);
    }
  });
});
