import { describe, expect, it } from 'vitest';
import { LeadsDatabase } from '../../lib/db/database';
import { ChangeEntrySchema } from '../../lib/db/write/change-log';
import { StageChangeSchema } from '../../lib/pipeline/schema';
import {
  ACTIVITY_FIELDS,
  CHANGE_FIELDS,
  COMPANY_FIELDS,
  ENROLMENT_FIELDS,
  LEAD_FIELDS,
  PERSONAL_DATA,
  STAGE_HISTORY_FIELDS,
  unclassifiedTables,
} from '../../lib/privacy/personal-data';
import { ActivitySchema, CompanySchema, LeadSchema } from '../../lib/schema/records';
import { EnrolmentSchema } from '../../lib/sequences/schema';
import { freshDb } from './helpers/db';

/**
 * Erasing a person walks the declared list of tables and fields (lib/privacy/personal-data.ts).
 * These fail as soon as the schema holds a table or a record field the list does not classify,
 * so a table added later (an undo buffer, a CRM outbox, capture diagnostics) cannot be forgotten.
 */
describe('the personal-data list', () => {
  it('classifies every table of the database, and only those', async () => {
    const db = freshDb();
    await db.open();
    const tables = db.tables.map((t) => t.name).sort();
    expect(unclassifiedTables(tables)).toEqual([]);
    expect(Object.keys(PERSONAL_DATA).sort()).toEqual(tables);
    db.close();
  });

  it('names a table added by a later schema version until it is classified', async () => {
    class Later extends LeadsDatabase {
      constructor() {
        super(`later-${Math.random().toString(36).slice(2)}`);
        this.version(99).stores({ undoBuffer: '++id, leadId' });
      }
    }
    const db = new Later();
    await db.open();
    expect(unclassifiedTables(db.tables.map((t) => t.name))).toEqual(['undoBuffer']);
    db.close();
  });

  it.each([
    ['leads', LeadSchema.shape, LEAD_FIELDS],
    ['activities', ActivitySchema.shape, ACTIVITY_FIELDS],
    ['stageHistory', StageChangeSchema.shape, STAGE_HISTORY_FIELDS],
    ['enrolments', EnrolmentSchema.shape, ENROLMENT_FIELDS],
    ['changes', ChangeEntrySchema.shape, CHANGE_FIELDS],
    ['companies', CompanySchema.shape, COMPANY_FIELDS],
  ] as const)('classifies every field of a %s record', (_table, shape, plan) => {
    expect(Object.keys(plan).sort()).toEqual(Object.keys(shape).sort());
  });

  it('erases every field that identifies a person or holds the rep’s text about them', () => {
    const erased = Object.entries(LEAD_FIELDS)
      .filter(([, treatment]) => treatment !== 'keep')
      .map(([field]) => field);
    for (const field of ['fullName', 'firstName', 'lastName', 'email', 'phone', 'linkedinUrl', 'salesNavUrl', 'photoUrl', 'notes', 'tags', 'words', 'nameKey', 'bant', 'nextStep', 'referredBy', 'lostReason'])
      expect(erased).toContain(field);
    expect(ACTIVITY_FIELDS.note).toBe('erase');
    expect(STAGE_HISTORY_FIELDS.reason).toBe('erase');
  });
});
