import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { LINKEDIN_FIXTURES } from '../fixtures/linkedin';
import { FIXTURES } from './paths';

/**
 * Which fixture answers a LinkedIn URL. Tests may add their own pages (e.g. a
 * second profile), and everything else on linkedin.com gets a blank page:
 * no test ever reaches the real site. A test's own page is a file name under
 * fixtures/linkedin, or an absolute path (the real pages in ../shared/linkedin-real,
 * see fixtures/linkedin-real.ts, served as they were saved).
 */
export function fixtureFor(url: string, extra: Record<string, string> = {}): string {
  const { pathname } = new URL(url);
  const bare = pathname.replace(/\/$/, '');
  const file = [bare, `${bare}/`].map((p) => extra[p] ?? LINKEDIN_FIXTURES[p]).find(Boolean);
  if (!file) return '<!doctype html><title>LinkedIn</title><main>fixture not found</main>';
  return readFileSync(isAbsolute(file) ? file : join(FIXTURES, 'linkedin', file), 'utf8');
}

export function pageFixture(name: string): string {
  return readFileSync(join(FIXTURES, 'pages', name), 'utf8');
}
