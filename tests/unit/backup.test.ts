import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, type LeadsDatabase } from '../../lib/db/database';
import { StorageError } from '../../lib/db/errors';
import { readKeptMetrics } from '../../lib/db/kept-metrics';
import { rebuildFigures } from '../../lib/db/write/figures-store';
import { derivedLeadKeys } from '../../lib/leads/keys';
import { recountedMetrics } from './helpers/figures';
import type { SettingRow } from '../../lib/db/settings';
import { DEFAULT_METRICS_SETTINGS } from '../../lib/metrics/settings';
import { DEFAULT_PIPELINE, newLeadPipeline } from '../../lib/pipeline/defaults';
import { StageChangeSchema, type StageChange } from '../../lib/pipeline/schema';
import { defaultRuleSet } from '../../lib/scoring/defaults';
import { ActivitySchema, ACTIVITY_KINDS, CompanySchema, LeadSchema, type Activity, type Company, type Lead } from '../../lib/schema/records';
import { EnrolmentSchema, SequenceSchema, type Enrolment, type Sequence } from '../../lib/sequences/schema';
import { withRemindAt } from '../../lib/sequences/reminders';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupFileName,
  backupJson,
  exportBackup,
  importBackup,
  parseBackup,
  restoreBackup,
  type Backup,
} from '../../lib/transfer/backup';
import { freshDb, NOW } from './helpers/db';

const DAY = 86_400_000;
const STAGES = DEFAULT_PIPELINE.stages.map((s) => s.id);
const pad = (n: number) => String(n).padStart(4, '0');

type Records = { leads: Lead[]; companies: Company[]; activities: Activity[]; stageHistory: StageChange[]; sequences: Sequence[]; enrolments: Enrolment[]; settings: SettingRow[] };

// ---- a random database, every record made by its schema ----

const text = fc.oneof(
  fc.constantFrom('Zażółć Gęślą', 'Ștefan Țurcanu', 'Алёна Фёдорова', 'Ada Lovelace', "Seán O'Brien"),
  fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
);

const leadSpec = fc.record({
  name: text,
  company: fc.option(text, { nil: undefined }),
  stage: fc.constantFrom(...STAGES),
  value: fc.option(fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100), { nil: undefined }),
  currency: fc.constantFrom('USD', 'EUR', 'PLN'),
  tags: fc.uniqueArray(fc.constantFrom('vip', 'Ołówek', 'enterprise', 'q3', 'демо'), { maxLength: 3 }),
  createdDaysAgo: fc.integer({ min: 0, max: 400 }),
  stageDaysAgo: fc.integer({ min: 0, max: 400 }),
  email: fc.option(fc.emailAddress(), { nil: undefined }),
  profile: fc.boolean(),
  score: fc.integer({ min: -50, max: 400 }).map((n) => n / 10),
});

const dbSpec = fc.record({
  leads: fc.array(leadSpec, { maxLength: 12 }),
  companies: fc.array(fc.record({ name: text, profile: fc.boolean() }), { maxLength: 4 }),
  activities: fc.array(fc.record({ lead: fc.nat(), kind: fc.constantFrom(...ACTIVITY_KINDS), daysAgo: fc.integer({ min: 0, max: 300 }), note: fc.option(text, { nil: undefined }) }), {
    maxLength: 15,
  }),
  moves: fc.array(fc.record({ lead: fc.nat(), to: fc.constantFrom(...STAGES) }), { maxLength: 8 }),
  enrolled: fc.uniqueArray(fc.nat({ max: 11 }), { maxLength: 4 }),
  currency: fc.constantFrom('USD', 'EUR', 'PLN'),
  quiet: fc.boolean(),
});

type DbSpec = typeof dbSpec extends fc.Arbitrary<infer T> ? T : never;

function records(spec: DbSpec): Records {
  const leads = spec.leads.map((l, i) => {
    const createdAt = NOW - l.createdDaysAgo * DAY;
    return LeadSchema.parse({
      id: `lead-${pad(i)}`,
      fullName: l.name,
      companyName: l.company,
      email: l.email,
      linkedinUrl: l.profile ? `https://www.linkedin.com/in/person-${i}/` : undefined,
      source: 'linkedin',
      words: [],
      tags: l.tags,
      editedFields: [],
      createdAt,
      updatedAt: NOW,
      score: l.score,
      scoreLabel: l.score >= 20 ? 'sql' : l.score >= 10 ? 'mql' : 'cold',
      labelByHand: false,
      scoreHistory: [],
      activitySummary: {},
      ...newLeadPipeline(createdAt),
      stageId: l.stage,
      stageChangedAt: Math.max(createdAt, NOW - l.stageDaysAgo * DAY),
      dealValue: l.value,
      currency: l.value === undefined ? undefined : l.currency,
    });
  });
  const leadId = (n: number) => leads[n % leads.length]?.id;
  const companies = spec.companies.map((c, i) =>
    CompanySchema.parse({
      id: `company-${pad(i)}`,
      name: c.name,
      linkedinUrl: c.profile ? `https://www.linkedin.com/company/company-${i}/` : undefined,
      source: 'linkedin',
      editedFields: [],
      createdAt: NOW - DAY,
      updatedAt: NOW,
    }),
  );
  const activities = spec.activities.flatMap((a, i) => {
    const id = leadId(a.lead);
    if (!id) return [];
    const at = NOW - a.daysAgo * DAY;
    return [ActivitySchema.parse({ id: `activity-${pad(i)}`, leadId: id, kind: a.kind, direction: 'none', at, note: a.note, createdAt: at })];
  });
  const stageHistory = [
    ...leads.map((l, i) => StageChangeSchema.parse({ id: `change-first-${pad(i)}`, leadId: l.id, at: l.createdAt, toStage: 'new', kind: 'change' })),
    ...spec.moves.flatMap((m, i) => {
      const id = leadId(m.lead);
      return id ? [StageChangeSchema.parse({ id: `change-move-${pad(i)}`, leadId: id, at: NOW, fromStage: 'new', toStage: m.to, kind: 'change' })] : [];
    }),
  ];
  const sequence = SequenceSchema.parse({
    id: 'sequence-random',
    name: 'Réactivation ✨',
    steps: [
      { id: 'one', channel: 'email', delayDays: 0, businessDays: false, title: 'Hello' },
      { id: 'two', channel: 'call', delayDays: 3, businessDays: true, title: 'Call', template: 'Hi {firstName}' },
    ],
    triggers: [{ kind: 'tag-added', tag: 'vip' }],
    createdAt: NOW - DAY,
    updatedAt: NOW,
  });
  const enrolments = spec.enrolled.flatMap((n, i) => {
    const id = leads[n]?.id;
    return id
      ? [EnrolmentSchema.parse({ id: `enrolment-${pad(i)}`, leadId: id, sequenceId: sequence.id, enrolledAt: NOW - DAY, via: 'manual', status: 'active', stepIndex: 1, dueAt: NOW + DAY, history: [{ stepId: 'one', outcome: 'done', at: NOW - DAY, dueAt: NOW - DAY }] })]
      : [];
  });
  const settings: SettingRow[] = [
    { key: 'pipeline', pipeline: { ...DEFAULT_PIPELINE, currency: spec.currency }, updatedAt: NOW },
    { key: 'metrics', metrics: DEFAULT_METRICS_SETTINGS, updatedAt: NOW },
    { key: 'reminders', quiet: { enabled: spec.quiet, startHour: 21, endHour: 7 }, updatedAt: NOW },
    { key: 'scoring', ruleSet: defaultRuleSet(), revision: 3, updatedAt: NOW },
  ];
  return { leads, companies, activities, stageHistory, sequences: [sequence], enrolments, settings };
}

/** A database holding these records (beside the shipped sequences), with its figures right and a rescore in progress. */
async function seeded(r: Records): Promise<LeadsDatabase> {
  const db = freshDb();
  await db.transaction('rw', [db.leads, db.companies, db.activities, db.stageHistory, db.sequences, db.enrolments, db.settings, db.jobs], async () => {
    // Work in progress on this device: a backup carries only that it was unfinished (`rescoreUnfinished`).
    await db.jobs.put({ key: 'rescore', revision: 3, ruleSet: defaultRuleSet(), done: 1, total: 5, finished: false, startedAt: NOW, newlySql: 0 });
    await db.settings.bulkPut(r.settings);
    await db.sequences.bulkPut(r.sequences);
    await db.companies.bulkPut(r.companies);
    await db.leads.bulkPut(r.leads);
    await db.activities.bulkPut(r.activities);
    await db.stageHistory.bulkPut(r.stageHistory);
    await db.enrolments.bulkPut(r.enrolments);
  });
  await rebuildFigures(db, NOW);
  return db;
}

/** Every table, record for record, in primary-key order. */
async function snapshot(db: LeadsDatabase) {
  return {
    leads: await db.leads.toArray(),
    companies: await db.companies.toArray(),
    activities: await db.activities.toArray(),
    stageHistory: await db.stageHistory.toArray(),
    sequences: await db.sequences.toArray(),
    enrolments: await db.enrolments.toArray(),
    settings: await db.settings.toArray(),
  };
}

async function backupOf(db: LeadsDatabase): Promise<string> {
  return backupJson(await exportBackup(db, NOW));
}

function parsed(json: string): Backup {
  const result = parseBackup(json);
  if (!result.ok) throw new Error(`backup refused: ${result.error} ${result.detail ?? ''}`);
  return result.backup;
}

/** A lead of the example-based tests: only what differs is given. */
const SAMPLE_SPEC_LEAD: DbSpec['leads'][number] = { name: 'x', company: undefined, stage: 'new', value: undefined, currency: 'USD', tags: [], createdDaysAgo: 5, stageDaysAgo: 5, email: undefined, profile: false, score: 0 };
function emptySpec(): DbSpec {
  return { leads: [], companies: [], activities: [], moves: [], enrolled: [], currency: 'USD', quiet: false };
}

/** A small fixed database for the example-based tests. */
const SAMPLE = records({
  leads: [
    { name: 'Zażółć Gęślą', company: 'Wisła', stage: 'won', value: 12_500, currency: 'PLN', tags: ['vip'], createdDaysAgo: 40, stageDaysAgo: 3, email: 'z@wisla.example', profile: true, score: 22 },
    { name: 'Ada Lovelace', company: undefined, stage: 'demo', value: 900, currency: 'USD', tags: [], createdDaysAgo: 10, stageDaysAgo: 1, email: undefined, profile: true, score: 4 },
    { name: 'Алёна Фёдорова', company: 'Волга', stage: 'lost', value: undefined, currency: 'USD', tags: ['демо'], createdDaysAgo: 100, stageDaysAgo: 50, email: undefined, profile: false, score: 11 },
  ],
  companies: [{ name: 'Wisła', profile: true }],
  activities: [
    { lead: 0, kind: 'call', daysAgo: 2, note: 'Spoke for 20 minutes' },
    { lead: 1, kind: 'email-sent', daysAgo: 1, note: undefined },
  ],
  moves: [{ lead: 0, to: 'discovery' }],
  enrolled: [1],
  currency: 'PLN',
  quiet: true,
});

// Each round trip opens two databases: slow on a busy machine, so the timeouts are generous.
describe('a full backup', { timeout: 30_000 }, () => {
  it('round-trips any database: export, JSON, parse, restore into an empty database gives every table back', async () => {
    await fc.assert(
      fc.asyncProperty(dbSpec, async (spec) => {
        const source = await seeded(records(spec));
        const backup = parseBackup(await backupOf(source));
        expect(backup.ok).toBe(true);
        if (!backup.ok) return;
        const target = freshDb();
        const counts = await restoreBackup(target, backup.backup, 'replace', NOW);
        const before = await snapshot(source);
        const after = await snapshot(target);
        // Every table is equal (figures are recounted, and the rescore in progress stays behind: neither is in the file).
        expect(after).toEqual(before);
        expect(counts).toMatchObject({ leads: before.leads.length, activities: before.activities.length, sequences: before.sequences.length, duplicates: 0 });
        expect((await readKeptMetrics(target)).stale).toBe(false);
        source.close();
        target.close();
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('is one versioned JSON document named by the day it was made', async () => {
    const db = await seeded(SAMPLE);
    const backup = await exportBackup(db, NOW);
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW, schemaVersion: SCHEMA_VERSIONS.at(-1)?.version });
    // Kept totals and rescore progress are recomputed on restore, so they are not in the file.
    expect(backup.tables.settings.map((s) => s.key).sort()).toEqual(['metrics', 'pipeline', 'reminders', 'scoring']);
    expect(JSON.parse(backupJson(backup))).toEqual(JSON.parse(JSON.stringify(backup)));
    expect(backupFileName(new Date(2026, 0, 5, 23, 30).getTime())).toBe('prospecting-assistant-backup-2026-01-05.json');
  });

  it('replaces everything, shipped sequences and settings included', async () => {
    const source = await seeded(SAMPLE);
    const target = await seeded(records({ ...emptySpec(), leads: [{ ...SAMPLE_SPEC_LEAD, name: 'Someone Else' }], currency: 'EUR' }));
    await restoreBackup(target, parsed(await backupOf(source)), 'replace', NOW + 1);
    const after = await snapshot(target);
    // As in the file; `reached` (the stages each has been in) and the keys made from the fields are kept by the write layer.
    expect(after.leads).toEqual(SAMPLE.leads.map((lead) => ({ ...lead, ...derivedLeadKeys(lead), reached: expect.any(Array) })));
    expect(after.settings.find((s) => s.key === 'pipeline')).toMatchObject({ pipeline: { currency: 'PLN' } });
    // The restored rules are the ones writes score with now; the source's rescore had not finished
    // (seeded), so the file says so and every lead is rescored. The figures count the restored leads.
    expect(await target.jobs.get('rescore')).toMatchObject({ revision: 3, finished: false, done: 0, total: 3 });
    expect(await target.figures.get('totals')).toMatchObject({ leads: 3, updatedAt: NOW + 1 });
  });
});


describe('merging a backup', { timeout: 30_000 }, () => {
  it('overwrites the records it holds, keeps the others, never takes kept totals from the file, and recomputes them', async () => {
    const local = await seeded(SAMPLE);
    // The backup: lead 0 changed (now lost), lead 1 absent, a new lead 3, another pipeline currency.
    const remote = records({
      ...emptySpec(),
      leads: [
        { ...SAMPLE_SPEC_LEAD, name: 'Zażółć Changed', stage: 'lost', profile: true },
        { ...SAMPLE_SPEC_LEAD, name: 'Gone Lead' },
        { ...SAMPLE_SPEC_LEAD, name: 'Gone Too' },
        { ...SAMPLE_SPEC_LEAD, name: 'New In Backup', stage: 'won', value: 7_000, currency: 'EUR' },
      ],
      currency: 'EUR',
    });
    remote.leads.splice(1, 2);
    remote.activities = [];
    remote.stageHistory = remote.stageHistory.filter((c) => c.leadId !== 'lead-0001' && c.leadId !== 'lead-0002');
    const backup = parsed(await backupOf(await seeded(remote)));
    // A file that carries kept totals anyway (hand-made, or from another tool): they are ignored.
    const bogus = [
      { key: 'leadCount', count: 999, updatedAt: NOW },
      { key: 'pipelineStats', byStage: { won: { count: 50, values: {} } }, updatedAt: NOW },
      { key: 'dailyTotals', days: { '1': { entered: 7 } }, updatedAt: NOW },
    ] as unknown as SettingRow[];
    const file = parsed(backupJson({ ...backup, tables: { ...backup.tables, settings: [...backup.tables.settings, ...bogus] } }));

    const counts = await restoreBackup(local, file, 'merge', NOW + 1);
    expect(counts).toMatchObject({ leads: 2, settings: 4, duplicates: 0 });
    const after = await snapshot(local);
    expect(after.leads.map((l) => [l.id, l.fullName])).toEqual([
      ['lead-0000', 'Zażółć Changed'],
      ['lead-0001', 'Ada Lovelace'],
      ['lead-0002', 'Алёна Фёдорова'],
      ['lead-0003', 'New In Backup'],
    ]);
    expect(after.activities).toEqual(SAMPLE.activities);
    // Stored with the reminders index field the write layer derives (a step not yet reminded).
    expect(after.enrolments).toEqual(SAMPLE.enrolments.map(withRemindAt));
    expect(after.settings.find((s) => s.key === 'pipeline')).toMatchObject({ pipeline: { currency: 'EUR' } });
    // The backup's rules are the ones writes score with now; the rescore under way here had not reached
    // every lead the merge keeps (1 of 5 done), so it starts again rather than being marked done.
    expect(await local.jobs.get('rescore')).toMatchObject({ revision: 3, finished: false, done: 0 });
    const kept = await readKeptMetrics(local);
    if (kept.stale) throw new Error('kept totals are stale after a merge');
    expect(kept.leadCount).toBe(4);
    const recounted = await recountedMetrics(local, NOW);
    expect(kept.stats).toEqual(recounted.stats);
    expect(kept.days).toEqual(recounted.days);
  });

  it('folds a local duplicate of a backup lead (same LinkedIn profile, another id) into it, keeping its history', async () => {
    const local = await seeded(SAMPLE);
    const theirs = LeadSchema.parse({ ...SAMPLE.leads[1], id: 'remote-lead-0001', fullName: 'Ada King' });
    const source = await seeded({ ...records(emptySpec()), leads: [theirs] });
    const counts = await restoreBackup(local, parsed(await backupOf(source)), 'merge', NOW);
    expect(counts.duplicates).toBe(1);
    expect(await local.leads.get('lead-0001')).toBeUndefined();
    expect(await local.leads.get('remote-lead-0001')).toMatchObject({ fullName: 'Ada King', linkedinUrl: SAMPLE.leads[1]?.linkedinUrl });
    expect(await local.activities.get('activity-0001')).toMatchObject({ leadId: 'remote-lead-0001' });
    expect(await local.enrolments.where('leadId').equals('remote-lead-0001').count()).toBe(1);
    expect(await readKeptMetrics(local)).toMatchObject({ stale: false, leadCount: 3 });
  });
});

describe('a backup that cannot be restored', { timeout: 30_000 }, () => {
  async function refused(json: string): Promise<{ error: string; detail?: string }> {
    const db = await seeded(SAMPLE);
    const before = await snapshot(db);
    const result = await importBackup(db, json, 'replace', NOW + 1);
    if (result.ok) throw new Error('restored');
    // Refused before any write.
    expect(await snapshot(db)).toEqual(before);
    return { error: result.error, ...(result.detail === undefined ? {} : { detail: result.detail }) };
  }

  it('says which of the five problems it has, and changes nothing', async () => {
    const good = await backupOf(await seeded(SAMPLE));
    const file = JSON.parse(good) as Backup;
    expect(await refused('Name,E-mail\nAda,ada@example.com')).toEqual({ error: 'not-json' });
    expect(await refused('')).toEqual({ error: 'not-json' });
    expect(await refused(good.slice(0, Math.floor(good.length / 2)))).toEqual({ error: 'truncated' });
    expect(await refused(JSON.stringify({ ...file, format: 'some-crm-export' }))).toEqual({ error: 'not-backup' });
    expect(await refused('[1, 2, 3]')).toEqual({ error: 'not-backup' });
    expect(await refused(JSON.stringify({ ...file, version: 2 }))).toEqual({ error: 'newer-version', detail: '2' });
    const negative = { ...file, tables: { ...file.tables, leads: file.tables.leads.map((l, i) => (i === 1 ? { ...l, dealValue: -5 } : l)) } };
    expect(await refused(JSON.stringify(negative))).toEqual({ error: 'invalid', detail: 'leads[1].dealValue' });
    const twice = { ...file, tables: { ...file.tables, leads: [...file.tables.leads, { ...file.tables.leads[0], id: 'copy-of-lead-0' }] } };
    expect(await refused(JSON.stringify(twice))).toEqual({ error: 'invalid', detail: 'leads[3].linkedinUrl' });
    const noSteps = { ...file, tables: { ...file.tables, sequences: [{ ...file.tables.sequences[0], steps: [] }] } };
    expect((await refused(JSON.stringify(noSteps))).detail).toBe('sequences[0].steps');
  });

  it('is "truncated" wherever the file was cut, and "not-json" when text follows a whole document', async () => {
    const good = await backupOf(await seeded(SAMPLE));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: good.length - 1 }), (cut) => {
        expect(parseBackup(good.slice(0, cut))).toEqual({ ok: false, error: 'truncated' });
      }),
      { numRuns: 300 },
    );
    expect(parseBackup(`${good}}`)).toEqual({ ok: false, error: 'not-json' });
    expect(parseBackup(`\uFEFF${good}\n`).ok).toBe(true);
  });
});

describe('a restore that fails halfway', { timeout: 30_000 }, () => {
  it.each(['replace', 'merge'] as const)('leaves the database exactly as it was (%s)', async (mode) => {
    const source = await seeded(records({ ...emptySpec(), leads: [SAMPLE_SPEC_LEAD, SAMPLE_SPEC_LEAD], activities: [{ lead: 0, kind: 'call', daysAgo: 1, note: undefined }, { lead: 1, kind: 'note', daysAgo: 0, note: 'x' }] }));
    const backup = parsed(await backupOf(source));
    const db = await seeded(SAMPLE);
    const before = await snapshot(db);
    // The backup's second activity cannot be written (a full disk, say): created on replace, updated on merge.
    const diskFull = (id: unknown) => {
      if (id === 'activity-0001') throw new Error('disk full');
    };
    const onCreate = (_key: unknown, activity: Activity) => diskFull(activity.id);
    const onUpdate = (_changes: unknown, key: unknown) => diskFull(key);
    db.activities.hook('creating', onCreate);
    db.activities.hook('updating', onUpdate);
    const failed = await restoreBackup(db, backup, mode, NOW + 1).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(StorageError);
    expect(String((failed as StorageError).cause)).toContain('disk full');
    expect(await snapshot(db)).toEqual(before);
    // The same restore goes through once the disk has room.
    db.activities.hook('creating').unsubscribe(onCreate);
    db.activities.hook('updating').unsubscribe(onUpdate);
    await restoreBackup(db, backup, mode, NOW + 1);
    expect(await db.activities.get('activity-0001')).toMatchObject({ leadId: 'lead-0001', kind: 'note' });
  });
});
