import { getDb } from '../db/database';
import { answerBackupRequest, BackupSession } from './backup-session';

/**
 * The backup restore's worker: reading, parsing and checking a backup of up to
 * 256 MB, and its restore, happen here, off the options page's thread. It opens
 * the extension's own database (a worker of an extension page shares its origin).
 */
const session = new BackupSession(getDb(), Date.now);

self.addEventListener('message', (event: MessageEvent) => {
  void answerBackupRequest(session, event.data, (reply) => self.postMessage(reply));
});
