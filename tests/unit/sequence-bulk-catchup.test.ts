import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshReminders } from '../../lib/background/reminders';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { bulkSetStage, bulkTag } from '../../lib/db/bulk';
import { savePeople } from '../../lib/db/save-capture';
import { countDue, saveSequence } from '../../lib/db/sequences';
import { freshDb, NOW, sequentialIds } from './helpers/db';
import { cadence, step } from './helpers/sequences';
import { inTimeZone } from './helpers/time-zone';

/**
 * Regression guards: a bulk action on 1,000 leads enrols each once however many of its
 * triggers fire and however often; steps that fell due while the browser was closed for
 * days come as one notification, and a restarted worker (a fresh check) sends none again.
 */

inTimeZone('Europe/Warsaw');
afterEach(() => vi.restoreAllMocks());

const DAY = 86_400_000;
const CADENCE = cadence(
  'sequence-bulk-1',
  [step('invite', 'linkedin-invite', 0, 'Invite'), { ...step('message', 'linkedin-message', 2, 'Message'), businessDays: true }],
  [
    { kind: 'tag-added', tag: 'webinar' },
    { kind: 'stage-entered', stageId: 'demo' },
  ],
);

describe('bulk triggers and catch-up reminders', () => {
  it('1,000 leads tagged twice and moved to the trigger stage: one enrolment each; days later one notification, once', { timeout: 60_000 }, async () => {
    const db = freshDb();
    await saveSequence(db, CADENCE);
    const people = Array.from({ length: 1_000 }, (_, i) =>
      PersonCaptureSchema.parse({ fullName: `Lead ${i}`, linkedinUrl: `https://www.linkedin.com/in/lead-${i}/`, source: 'linkedin', capturedAt: NOW }),
    );
    const ids = (await savePeople(db, people, NOW, sequentialIds('lead'))).map((r) => r.id);
    await bulkTag(db, ids, 'webinar', NOW + 1_000);
    await bulkTag(db, ids, 'Webinar', NOW + 2_000);
    await bulkSetStage(db, ids, 'demo', NOW + 3_000);
    expect(await db.enrolments.count()).toBe(1_000);
    expect(await db.enrolments.where('status').equals('active').count()).toBe(1_000);

    // The browser was closed for four days: every first step is overdue, reminded together.
    vi.spyOn(fakeBrowser.notifications, 'create');
    const later = NOW + 4 * DAY;
    await refreshReminders(db, later);
    expect(vi.mocked(fakeBrowser.notifications.create)).toHaveBeenCalledTimes(1);
    expect(await countDue(db, later)).toBe(1_000);
    // A restarted worker checks again (alarm, tick, live query): nothing is sent twice.
    await refreshReminders(db, later + 60_000);
    await refreshReminders(db, later + 2 * 60_000);
    expect(vi.mocked(fakeBrowser.notifications.create)).toHaveBeenCalledTimes(1);
  });
});
