import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Real LinkedIn pages saved by other people (see ../shared/linkedin-real/README.md).
 * They are read where they are, beside the repository, never copied in. A clone placed
 * deeper (a CI work folder) finds them in the nearest ancestor that has `shared/`, or
 * where LINKEDIN_REAL_PAGES points. A missing page fails the test that needs it, loudly:
 * a skipped test would pass while proving nothing.
 */
// From the file's own path (a string): jsdom's URL class is not one node:url accepts.
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function findRealPagesDir(): string {
  if (process.env.LINKEDIN_REAL_PAGES) return resolve(process.env.LINKEDIN_REAL_PAGES);
  for (let dir = resolve(REPO_ROOT, '..'); ; dir = dirname(dir)) {
    const candidate = resolve(dir, 'shared', 'linkedin-real');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return resolve(REPO_ROOT, '..', 'shared', 'linkedin-real');
  }
}

export const REAL_PAGES_DIR = findRealPagesDir();

export function realPagePath(name: string): string {
  const path = resolve(REAL_PAGES_DIR, name);
  if (!existsSync(path)) throw new Error(`real LinkedIn page missing: ${path} (the repository must be cloned beside 'shared', or LINKEDIN_REAL_PAGES set)`);
  return path;
}

export function readRealPage(name: string): string {
  return readFileSync(realPagePath(name), 'utf8');
}
