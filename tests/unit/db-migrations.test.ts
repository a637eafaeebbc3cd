import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareVersions, LeadsDatabase, SCHEMA_VERSIONS } from '../../lib/db/database';
import { ActivitySchema, CompanySchema, LeadSchema } from '../../lib/schema/records';
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
  words: ['lukasz', 'zolc', 'zabka', 'cto'],
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
const SEEDED_LEAD: Record<number, typeof v1Lead> = { 1: v1Lead, 2: v2Lead, 3: v3Lead, 4: v3Lead };
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
      if (version >= 3) await db.table('stageHistory').bulkAdd(v3History);
      if (version >= 4) {
        await db.table('sequences').add(v4Sequence);
        await db.table('enrolments').add(v4Enrolment);
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
      // Written at v3: the pipeline fields and the whole stage history are kept as they were.
      expect(leads[0]).toEqual(v3Lead);
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
      // Written at v4: sequences and enrolments are kept as they were.
      expect(await current.sequences.get(v4Sequence.id)).toEqual(v4Sequence);
      expect(await current.enrolments.get(v4Enrolment.id)).toEqual(v4Enrolment);
    }
    // The indexes of the current version answer for the old records.
    expect(await current.leads.where('linkedinUrl').equals(v1Lead.linkedinUrl).count()).toBe(1);
    expect(await current.leads.where('words').startsWith('zol').count()).toBe(1);
    current.close();
  });
});
