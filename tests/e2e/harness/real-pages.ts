import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Real LinkedIn pages saved by other people (see ../shared/linkedin-real/README.md).
 * They are read where they are, beside the repository (CI clones the repo next to
 * `shared`), never copied in. A missing page fails the test that needs it, loudly:
 * a skipped test would pass while proving nothing.
 */
// From the file's own path (a string): jsdom's URL class is not one node:url accepts.
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const REAL_PAGES_DIR = resolve(REPO_ROOT, '..', 'shared', 'linkedin-real');

export function realPagePath(name: string): string {
  const path = resolve(REAL_PAGES_DIR, name);
  if (!existsSync(path)) throw new Error(`real LinkedIn page missing: ${path} (the repository must be cloned beside 'shared')`);
  return path;
}

export function readRealPage(name: string): string {
  return readFileSync(realPagePath(name), 'utf8');
}
