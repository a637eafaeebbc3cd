import type { LeadsDatabase } from '../db/database';
import { toStorageError } from '../db/errors';
import { BackupWorkerRequest, type BackupOpenOutcome, type BackupWorkerReply, type RestoreCounts } from '../messaging/protocol';
import { MAX_BACKUP_BYTES, type RestoreMode } from './backup-codes';
import { parseBackup } from './backup-parse';
import { restoreBackup } from './backup-restore';
import { runTransfer } from './unfinished';
import type { Backup } from './backup-schema';
import { StorageError } from '../db/storage-error';
import { idOf } from './worker-channel';

/**
 * One backup restore from chosen file to written records, holding the parsed
 * backup so the options page only ever receives what it shows (the file's date
 * and lead count, then the counts). It runs in a worker (backup-worker.ts), so
 * reading and checking a 256 MB file never freezes the page; where there is no
 * worker (unit and component tests) the page runs it itself.
 */
export class BackupSession {
  private backup?: Backup;

  constructor(
    private readonly db: LeadsDatabase,
    private readonly clock: () => number,
  ) {}

  /** Read and check a file; nothing is written. Every failure is an outcome the rep is shown. */
  async open(file: Blob): Promise<BackupOpenOutcome> {
    this.backup = undefined;
    // Checked before reading: a file over the cap is refused without loading it.
    if (file.size > MAX_BACKUP_BYTES) return { ok: false, error: 'too-large' };
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      // The file moved, changed or went away since it was chosen, or the disk failed.
      return { ok: false, error: 'unreadable', detail: reason(error) };
    }
    let parsed: ReturnType<typeof parseBackup>;
    try {
      parsed = parseBackup(text);
    } catch (error) {
      // Out of memory for a file near the cap, or a nesting too deep to check.
      return { ok: false, error: 'unreadable', detail: reason(error) };
    }
    if (!parsed.ok) return { ok: false, error: parsed.error, ...(parsed.detail === undefined ? {} : { detail: parsed.detail.slice(0, 300) }) };
    this.backup = parsed.backup;
    return { ok: true, exportedAt: parsed.backup.exportedAt, leads: parsed.backup.tables.leads.length };
  }

  /** Restore the file opened last, all or nothing (throws a StorageError). */
  async restore(mode: RestoreMode): Promise<RestoreCounts> {
    if (!this.backup) throw new StorageError('invalid');
    const backup = this.backup;
    const now = this.clock();
    // Noted as under way until its transaction commits: a page closed mid-way (this worker goes with it) is told when it opens again.
    const counts = await runTransfer(this.db, 'restore', now, (end) => restoreBackup(this.db, backup, mode, now, undefined, end));
    this.backup = undefined;
    return counts;
  }
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.slice(0, 300);
}

/** The backup worker's side of its protocol: parse a request, run it, answer once. */
export async function answerBackupRequest(session: BackupSession, raw: unknown, reply: (message: BackupWorkerReply) => void): Promise<void> {
  const parsed = BackupWorkerRequest.safeParse(raw);
  if (!parsed.success) {
    return reply({ type: 'failed', id: idOf(raw) ?? 0, code: 'bad-request' });
  }
  const request = parsed.data;
  try {
    if (request.type === 'backup.open') return reply({ type: 'opened', id: request.id, outcome: await session.open(request.file) });
    return reply({ type: 'restored', id: request.id, counts: await session.restore(request.mode) });
  } catch (error) {
    reply({ type: 'failed', id: request.id, code: toStorageError(error).code });
  }
}
