import { ChangedSinceError } from '../db/changed-since';
import { storageErrorCode } from '../db/errors';
import { t, type MessageKey } from '../i18n';
import { MessageError } from '../messaging/content-protocol';

/**
 * A failed write put into words for the rep: what went wrong (out of space, the
 * database unavailable, invalid data…) and that nothing was saved. Writes made in the
 * page fail with Dexie or storage errors; writes the background makes for the page
 * fail with a MessageError carrying the background's code.
 */
export function writeFailureText(error: unknown): string {
  if (error instanceof ChangedSinceError) return t('undo.changedSince');
  const code = error instanceof MessageError ? error.code : storageErrorCode(error);
  return t(`error.${code}` as MessageKey);
}
