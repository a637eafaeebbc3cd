import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupSqlNotifications } from '../../lib/background/crossings';
import { setupReminders } from '../../lib/background/reminders';
import { createRescorer } from '../../lib/background/scoring';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { saveSequence } from '../../lib/db/sequences';
import { saveRuleSet } from '../../lib/db/settings';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import type { Sequence } from '../../lib/sequences/schema';
import { freshDb, NOW } from './helpers/db';
import { inTimeZone } from './helpers/time-zone';

/**
 * While the background rescores, the checks that follow commits (SQL crossings to
 * tell, steps due to remind) wait for its end instead of opening transactions
 * between its chunks; once it ends they run once, and what its chunks did is told
 * as one summary each.
 */

const ON_SQL: Sequence = {
  id: 'sequence-on-sql',
  name: 'On SQL',
  createdAt: NOW,
  updatedAt: NOW,
  triggers: [{ kind: 'became-sql' }],
  steps: [{ id: 'invite', channel: 'linkedin-invite', delayDays: 0, businessDays: false, title: 'Invite', template: '' }],
};

// 10:00 in Warsaw at NOW: outside the default quiet hours, so due steps are reminded at once.
inTimeZone('Europe/Warsaw');
afterEach(() => {
  vi.restoreAllMocks();
});

/** The notifications shown, as [id, title]. */
function shown(): [string, string][] {
  return vi.mocked(fakeBrowser.notifications.create).mock.calls.map((call) => {
    const [id, options] = call as unknown as [string, { title: string }];
    return [id, options.title];
  });
}

describe('checks deferred while a rescore runs', () => {
  it('a rescore of three chunks that makes six leads SQL (enrolling them) is told once it ends: one crossing summary, one due-steps summary', async () => {
    const db = freshDb();
    await saveSequence(db, ON_SQL);
    for (let n = 1; n <= 6; n++) {
      const person = PersonCaptureSchema.parse({ fullName: `Lead ${n}`, title: 'Engineer', linkedinUrl: `https://www.linkedin.com/in/lead-${n}/`, source: 'linkedin', capturedAt: NOW });
      await saveCapture(db, { kind: 'person', person }, NOW);
    }
    expect(await db.enrolments.count()).toBe(0);
    const clock = () => NOW + 60_000;
    // Wired as the background wires them; two leads a chunk.
    const rescore = createRescorer(db, clock, () => {
      void checkCrossings();
      void checkReminders();
    }, 2);
    const checkCrossings = setupSqlNotifications(db, clock, rescore.busy);
    const checkReminders = setupReminders(db, clock, rescore.busy);
    vi.spyOn(fakeBrowser.notifications, 'create');

    // Every lead crosses into SQL under these rules, and is enrolled by the trigger.
    await saveRuleSet(db, { ...DEFAULT_RULESET, thresholds: { mql: -2, sql: 0 } }, NOW + 1);
    expect(rescore.busy()).toBe(false);
    const run = rescore();
    expect(rescore.busy()).toBe(true);
    await run;
    expect(rescore.busy()).toBe(false);
    expect(await db.enrolments.where('sequenceId').equals(ON_SQL.id).count()).toBe(6);
    const enrolled = await db.enrolments.count();

    await vi.waitFor(() => expect(shown()).toHaveLength(2));
    const [crossing, due] = [shown().find(([id]) => id.startsWith('sql-summary:')), shown().find(([id]) => id.startsWith('due-summary:'))];
    expect(crossing).toBeDefined();
    // Every step in one summary: no check reminded a chunk's steps on their own.
    expect(due?.[1]).toContain(String(enrolled));
    await vi.waitFor(async () => expect((await db.enrolments.toArray()).every((e) => e.remindedDueAt === e.dueAt)).toBe(true));
  });
});
