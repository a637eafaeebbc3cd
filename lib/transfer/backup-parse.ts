import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, type ParsedBackup } from './backup-schema';

/**
 * Read a backup file's text, or say plainly why it cannot be restored. Nothing
 * is written here: a restore only ever starts from a backup that parsed whole.
 */
export function parseBackup(text: string): ParsedBackup {
  // Some editors save JSON with a byte-order mark; JSON.parse refuses it.
  const body = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return { ok: false, error: endedEarly(body, error) ? 'truncated' : 'not-json' };
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) return { ok: false, error: 'not-backup' };
  // Checked before the records: a newer layout may well not parse, and "update first" is the useful answer.
  if (typeof raw.version === 'number' && raw.version > BACKUP_VERSION) return { ok: false, error: 'newer-version', detail: String(raw.version) };
  const parsed = BackupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid', detail: issuePath(parsed.error.issues[0]) };
  return { ok: true, backup: parsed.data };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether JSON.parse gave up at the very end of the text: the file was cut off
 * (a download or a copy that stopped short), not something else altogether.
 * Engines word this differently: V8 says "end of JSON input", "Unterminated
 * string" or gives the position; Firefox says "end of data" or a line and column.
 * Only text that starts like a backup (an object) counts.
 */
function endedEarly(body: string, error: unknown): boolean {
  const text = body.trimEnd();
  if (!text.trimStart().startsWith('{')) return false;
  const message = error instanceof Error ? error.message : String(error);
  if (/end of (JSON )?(input|data)|unterminated string/i.test(message)) return true;
  const offset = errorOffset(text, message);
  return offset !== undefined && offset >= text.length;
}

function errorOffset(text: string, message: string): number | undefined {
  const position = /position (\d+)/i.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (!lineColumn) return undefined;
  let lineStart = 0;
  for (let line = 1; line < Number(lineColumn[1]); line++) {
    const next = text.indexOf('\n', lineStart);
    if (next < 0) return undefined;
    lineStart = next + 1;
  }
  return lineStart + Number(lineColumn[2]) - 1;
}

/** "leads[3].dealValue": where the first bad value is, in terms a rep can find in the file. */
function issuePath(issue: z.core.$ZodIssue | undefined): string {
  const path = issue?.path ?? [];
  const parts = path[0] === 'tables' ? path.slice(1) : path;
  let out = '';
  for (const part of parts) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || 'file';
}
