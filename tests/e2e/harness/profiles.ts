import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChromiumSession } from './chromium';
import { FIXTURES } from './paths';

/**
 * Many different LinkedIn profiles from one fixture: Jane Doe's page with another
 * person in it (name and profile URL), served at https://www.linkedin.com/in/<prefix>-<n>/.
 */
const PROFILE = readFileSync(join(FIXTURES, 'linkedin', 'profile-current.html'), 'utf8');

export const profileUrl = (prefix: string, n: number) => `https://www.linkedin.com/in/${prefix}-${n}/`;
export const profileName = (n: number) => `Fault Person ${n}`;

function profileOf(prefix: string, n: number): string {
  return PROFILE.replaceAll('jane-doe', `${prefix}-${n}`).replaceAll('Jane Doe', profileName(n)).replaceAll('Jane', 'Fault');
}

/** Serve the generated profiles in this browser (registered after the harness's routes, so these answer first). */
export async function serveProfiles(session: ChromiumSession, prefix: string): Promise<void> {
  const pattern = new RegExp(`^https://www\\.linkedin\\.com/in/${prefix}-(\\d+)/`);
  await session.context.route(pattern, (route) => {
    const n = Number(pattern.exec(route.request().url())?.[1]);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: profileOf(prefix, n) });
  });
}
