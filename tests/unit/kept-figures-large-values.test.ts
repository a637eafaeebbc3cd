import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { readKeptMetrics } from '../../lib/db/kept-metrics';
import { updatePipeline } from '../../lib/db/pipeline-edit';
import { saveCapture } from '../../lib/db/save-capture';
import { pipelineValue } from '../../lib/metrics/pipeline-value';
import { freshDb, NOW } from './helpers/db';
import { keptRows, recomputedRows } from './helpers/figures';
import { inTimeZone } from './helpers/time-zone';

/** Deal values go up to a trillion, in cents: the kept sums must keep the cents there too, write after write. */
describe('kept figures with very large deal values', () => {
  inTimeZone('Europe/Warsaw');
  const person = (slug: string) =>
    PersonCaptureSchema.parse({ fullName: `Lead ${slug}`, title: 'CTO', linkedinUrl: `https://www.linkedin.com/in/${slug}/`, source: 'linkedin', capturedAt: NOW });

  async function twoLeads(value: number, capturedAt: number) {
    const db = freshDb();
    await saveCapture(db, { kind: 'person', person: person('jan-kowalski') }, capturedAt);
    await saveCapture(db, { kind: 'person', person: person('anna-nowak') }, capturedAt);
    const [a, b] = (await db.leads.toCollection().primaryKeys()) as string[];
    await updatePipeline(db, a!, { dealValue: value, currency: 'PLN' }, capturedAt + 1_000);
    await updatePipeline(db, b!, { dealValue: value, currency: 'PLN' }, capturedAt + 2_000);
    return { db, b: b! };
  }

  it('two deals of 60,000,000,000.30, one then cut to 5: the pipeline holds 60,000,000,005.30, as a recount says', async () => {
    const { db, b } = await twoLeads(60_000_000_000.3, NOW);
    await updatePipeline(db, b, { dealValue: 5 }, NOW + 3_000);
    const kept = await readKeptMetrics(db);
    if (kept.stale) throw new Error('figures not built');
    expect(pipelineValue(kept.stats, kept.pipeline).raw).toEqual({ PLN: 60_000_000_005.3 });
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 3_000));
    db.close();
  });

  it('deals of 123,456,789.37 captured at 16:41 (value × minute of the day past 1e11) are kept as a recount counts them', async () => {
    const capturedAt = new Date(2026, 10, 23, 16, 41).getTime();
    const { db } = await twoLeads(123_456_789.37, capturedAt);
    expect(await keptRows(db)).toEqual(await recomputedRows(db, capturedAt + 2_000));
    db.close();
  });
});
