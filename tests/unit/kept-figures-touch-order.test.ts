import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { addActivity, type NewActivity } from '../../lib/db/activities';
import { saveCapture } from '../../lib/db/save-capture';
import { freshDb, NOW } from './helpers/db';
import { keptRows, recomputedRows } from './helpers/figures';

/**
 * Touches logged at the same moment (a call and the reply it got, both logged at 10:00):
 * the kept response times must not depend on which was written first. A recount reads a
 * lead's touches in time order, ties by id; a write's own delta must read them the same way.
 */
describe('kept response times with touches at the same moment', () => {
  const HOUR = 3_600_000;
  const person = PersonCaptureSchema.parse({ fullName: 'Jan Kowalski', title: 'CTO', linkedinUrl: 'https://www.linkedin.com/in/jan/', source: 'linkedin', capturedAt: NOW });
  const call = (leadId: string, at: number) => ({ leadId, kind: 'call', direction: 'outbound', at }) satisfies NewActivity;
  const reply = (leadId: string, at: number) => ({ leadId, kind: 'reply-received', direction: 'inbound', at }) satisfies NewActivity;

  for (const [first, second] of [
    ['act-zzzzzzzz', 'act-aaaaaaaa'],
    ['act-aaaaaaaa', 'act-zzzzzzzz'],
  ] as const) {
    it(`equal a recount whichever is written first (ids ${first}, then ${second})`, async () => {
      const db = freshDb();
      await saveCapture(db, { kind: 'person', person }, NOW);
      const id = (await db.leads.toCollection().primaryKeys())[0] as string;
      const at = NOW + HOUR;
      await addActivity(db, call(id, at), at + 60_000, () => first);
      await addActivity(db, reply(id, at), at + 120_000, () => second);
      expect((await keptRows(db)).response).toEqual((await recomputedRows(db, at + 120_000)).response);
      // A later touch recounts the lead's measures from the kept ones: nothing may drift.
      await addActivity(db, call(id, at + HOUR), at + HOUR, () => 'act-mmmmmmmm');
      expect((await keptRows(db)).response).toEqual((await recomputedRows(db, at + HOUR)).response);
      db.close();
    });
  }
});
