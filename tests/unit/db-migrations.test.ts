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
const v1Company = { id: 'company-0001', name: 'Żabka', nameKey: 'zabka', editedFields: [], source: 'linkedin', createdAt: NOW, updatedAt: NOW };
const v1Activity = { id: 'activity-01', leadId: 'lead-000001', kind: 'captured', direction: 'none', at: NOW, createdAt: NOW };

describe('database migrations', () => {
  it('declares every version in ascending order, none removed', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))('a database written at version %i opens with the current code and loses nothing', async (version) => {
    const name = `migrate-from-${version}-${Math.random()}`;
    await seedAtVersion(name, version, async (db) => {
      await db.table('leads').add(v1Lead);
      await db.table('companies').add(v1Company);
      await db.table('activities').add(v1Activity);
    });
    const current = new LeadsDatabase(name);
    const leads = await current.leads.toArray();
    expect(leads).toHaveLength(1);
    expect(LeadSchema.parse(leads[0])).toMatchObject(v1Lead);
    expect(CompanySchema.parse(await current.companies.get('company-0001'))).toMatchObject(v1Company);
    expect(ActivitySchema.parse(await current.activities.get('activity-01'))).toMatchObject(v1Activity);
    // The indexes of the current version answer for the old records.
    expect(await current.leads.where('linkedinUrl').equals(v1Lead.linkedinUrl).count()).toBe(1);
    expect(await current.leads.where('words').startsWith('zol').count()).toBe(1);
    current.close();
  });
});
