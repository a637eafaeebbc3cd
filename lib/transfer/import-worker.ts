import { getDb } from '../db/database';
import { answerImportRequest } from './import-requests';
import { ImportSession } from './import-session';

/**
 * The CSV import's worker: parsing, previewing, duplicate matching and the bulk
 * write of a 100,000-row file happen here, off the options page's thread. It
 * opens the extension's own database (a worker of an extension page shares its
 * origin).
 */
const session = new ImportSession(getDb(), Date.now);

self.addEventListener('message', (event: MessageEvent) => {
  void answerImportRequest(session, event.data, (reply) => self.postMessage(reply));
});
