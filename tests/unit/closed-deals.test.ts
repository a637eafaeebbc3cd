import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { closedDeals } from '../../lib/db/closed-deals';
import { saveCapture } from '../../lib/db/save-capture';
import { moveToStage, reactivateLead } from '../../lib/db/stage';
import { freshDb, NOW } from './helpers/db';

const DAY = 86_400_000;

describe('closed deals of a window', () => {
  it('reads won and lost entries by time, each lead once by its latest outcome, with its cycle start', async () => {
    const db = freshDb();
    const ids: string[] = [];
    for (const name of ['ada', 'grace', 'alan', 'edsger']) {
      const person = PersonCaptureSchema.parse({ fullName: name, linkedinUrl: `https://www.linkedin.com/in/${name}/`, source: 'linkedin', capturedAt: NOW });
      ids.push((await saveCapture(db, { kind: 'person', person }, NOW)).id);
    }
    const [ada, grace, alan, edsger] = ids as [string, string, string, string];
    await moveToStage(db, ada, 'won', { value: 10_000 }, NOW + 10 * DAY);
    await moveToStage(db, grace, 'lost', { reason: 'Budget' }, NOW + 12 * DAY);
    await reactivateLead(db, grace, NOW + 13 * DAY);
    await moveToStage(db, grace, 'won', { value: 4_000, currency: 'EUR' }, NOW + 20 * DAY);
    await moveToStage(db, alan, 'lost', { reason: 'Timing' }, NOW + 200 * DAY);
    await moveToStage(db, edsger, 'demo', {}, NOW + 5 * DAY);
    const deals = await closedDeals(db, NOW, NOW + 100 * DAY);
    expect(deals.sort((a, b) => a.closedAt - b.closedAt)).toEqual([
      { outcome: 'won', value: 10_000, currency: 'USD', closedAt: NOW + 10 * DAY, createdAt: NOW },
      { outcome: 'won', value: 4_000, currency: 'EUR', closedAt: NOW + 20 * DAY, createdAt: NOW },
    ]);
    expect(await closedDeals(db, NOW + 100 * DAY, NOW + 300 * DAY)).toMatchObject([{ outcome: 'lost', closedAt: NOW + 200 * DAY }]);
  });
});
