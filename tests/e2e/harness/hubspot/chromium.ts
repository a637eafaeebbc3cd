import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium, type ChromiumSession } from '../chromium';
import { CHROME_BUILD } from '../paths';
import { forwardToHubSpot } from './forward';
import { contractOnce, HubSpotTestServer } from './server';

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
    // The request may be gone by now (its service worker was stopped while the server held the answer).
    if (answer === 'dropped') return route.abort('connectionreset').catch(() => undefined);
    return route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body }).catch(() => undefined);
  });
}

/** The token the e2e files' test servers know. */
export const E2E_TOKEN = 'pat-eu1-0c3f5e2a-1111-2222-3333-444455556666';

/**
 * A test file's HubSpot setup: a contract-checked test server knowing `E2E_TOKEN`, and a
 * Chromium session on the build granting api.hubapi.com with its requests routed there;
 * started before the file's tests, closed after. Read `server` and `session` inside tests.
 */
export function hubSpotInChromium(): { readonly server: HubSpotTestServer; readonly session: ChromiumSession } {
  const state = {} as { server: HubSpotTestServer; session: ChromiumSession };
  beforeAll(async () => {
    await contractOnce();
    state.server = await HubSpotTestServer.start({ tokens: [E2E_TOKEN] });
    state.session = await launchChromium({}, { build: buildGrantingHubSpot() });
    await routeHubSpot(state.session.context, state.server);
  }, 120_000);
  afterAll(async () => {
    await state.session?.close();
    await state.server?.close();
  });
  return state;
}

/** Connect HubSpot on the options page as a rep does, and wait until it says so; leaves the page open. */
export async function connectHubSpot(session: ChromiumSession, token = E2E_TOKEN): Promise<Page> {
  const options = await session.extensionPage('options.html#crm');
  const crm = options.locator('section#crm');
  await crm.getByLabel('HubSpot access token').fill(token);
  await crm.getByRole('button', { name: 'Connect' }).click();
  await expect.poll(() => crm.getByTestId('crm-status').textContent(), { timeout: 20_000 }).toMatch(/^Connected to HubSpot account/);
  return options;
}
