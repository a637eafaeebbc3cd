import type { LeadsDatabase } from '../db/database';
import { announceCommitted } from '../db/write/commit';
import { BackupWorkerReply, type BackupOpenOutcome, type BackupWorkerRequest, type RestoreCounts } from '../messaging/protocol';
import type { RestoreMode } from './backup-codes';
import { answerBackupRequest, BackupSession } from './backup-session';
import { openWorkerChannel } from './worker-channel';

/** The options page's handle on a backup restore, in the backup worker (or, without workers, in the page). */
export type BackupClient = {
  open(file: Blob): Promise<BackupOpenOutcome>;
  /** Throws a StorageError when nothing was written. */
  restore(mode: RestoreMode): Promise<RestoreCounts>;
  close(): void;
};

export function createBackupClient(db: LeadsDatabase, clock: () => number, useWorker = true): BackupClient {
  let nextId = 1;
  let session: BackupSession | undefined;
  const channel = openWorkerChannel<BackupWorkerRequest, BackupWorkerReply>({
    startWorker: useWorker ? () => new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' }) : undefined,
    answerInPage: (request, reply) => void answerBackupRequest((session ??= new BackupSession(db, clock)), request, reply),
    parse: (raw) => BackupWorkerReply.safeParse(raw).data,
  });
  return {
    open: async (file) => (await channel.ask({ type: 'backup.open', id: nextId++, file }, 'opened')).outcome,
    restore: async (mode) => {
      const { counts } = await channel.ask({ type: 'backup.restore', id: nextId++, mode }, 'restored');
      // The worker cannot reach the background: the page passes on what the restore needs done (SQL crossings, a rescore).
      announceCommitted({ crossings: 1, rescore: counts.rescoring });
      return counts;
    },
    close: channel.close,
  };
}
