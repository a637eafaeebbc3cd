import type { LeadsDatabase } from './database';
import { CaptureDiagnosticSchema, MAX_DIAGNOSTICS, type CaptureDiagnostic, type CaptureReport } from '../diagnostics/schema';

/**
 * The capture diagnostics store (lib/diagnostics/schema.ts): written by the background
 * when the content script reports how it read a LinkedIn page, read and cleared from
 * the options page. Not one of the write layer's tracked tables (it holds nothing about
 * a lead), so it is written here directly.
 */

/** Keep one note, and only the newest MAX_DIAGNOSTICS, in one transaction. */
export async function keepDiagnostic(db: LeadsDatabase, report: CaptureReport, at: number, version: string): Promise<void> {
  const record: CaptureDiagnostic = CaptureDiagnosticSchema.parse({ ...report, at, version });
  await db.transaction('rw', db.captureDiagnostics, async () => {
    await db.captureDiagnostics.add(record);
    const count = await db.captureDiagnostics.count();
    if (count > MAX_DIAGNOSTICS) {
      // Keys increase with every note: the lowest are the oldest.
      const oldest = await db.captureDiagnostics.orderBy('id').limit(count - MAX_DIAGNOSTICS).primaryKeys();
      await db.captureDiagnostics.bulkDelete(oldest);
    }
  });
}

/** Every note, oldest first, as stored (each parsed again on the way out). */
export async function readDiagnostics(db: LeadsDatabase): Promise<CaptureDiagnostic[]> {
  const rows = await db.captureDiagnostics.orderBy('id').toArray();
  return rows.flatMap((row) => {
    const parsed = CaptureDiagnosticSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function clearDiagnostics(db: LeadsDatabase): Promise<void> {
  await db.captureDiagnostics.clear();
}
