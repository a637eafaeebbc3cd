import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { CHROME_BUILD } from '../paths';
import { forwardToHubSpot } from './forward';
import type { HubSpotTestServer } from './server';

export const HUBSPOT_API = 'https://api.hubapi.com/*';

/**
 * The Chrome build with `https://api.hubapi.com/*` granted in its manifest. Headless Chromium
 * cannot answer the permission prompt (a request for an origin not yet granted never settles),
 * while one for an origin the manifest grants resolves at once; the shipped manifest keeps it
 * optional (tests/e2e/manifest.e2e.ts pins that). A copy, so the shipped build is untouched.
 */
export function buildGrantingHubSpot(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'pa-hubspot-build-')), 'chrome-mv3');
  cpSync(CHROME_BUILD, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, HUBSPOT_API];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** Send the extension's requests to HubSpot (its service worker's included) to the test server (forward.ts). */
export async function routeHubSpot(context: BrowserContext, server: HubSpotTestServer): Promise<void> {
  // Registered after the harness's catch-all, so it answers first.
  await context.route('https://api.hubapi.com/**', async (route) => {
    const request = route.request();
    const answer = await forwardToHubSpot(server, { method: request.method(), url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer() });
    if (answer === 'dropped') return route.abort('connectionreset');
    return route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
  });
}
