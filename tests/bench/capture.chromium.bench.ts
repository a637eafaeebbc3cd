import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium';
import { FIXTURES } from '../e2e/harness/paths';
import { seedLeads } from '../e2e/harness/seed';
import { LinkedInPage } from '../e2e/pages/linkedin-page';
import { printTable } from './harness/report';
import { median, waitForFigures, waitForIdle } from './harness/timing';

/**
 * Issue 12's capture target, in real Chromium: on a LinkedIn profile, from the
 * click on "Save lead" to "Lead saved" shown, with 100,000 leads × 5 activities
 * stored, against the same in a second browser with an empty database; each run
 * saves a new person (a profile page of its own), in both browsers in turn. The
 * whole write path is in it: duplicate lookup, scoring, the write layer's
 * figures, effects, crossings and change log, and the answer to the page.
 * Prints; asserts no timing.
 */
const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const RUNS = 15;

/** A profile page of its own for each run: the fixture with another person in it. */
const PROFILE = readFileSync(join(FIXTURES, 'linkedin', 'profile-current.html'), 'utf8');
const profileOf = (n: number) => PROFILE.replaceAll('jane-doe', `bench-person-${n}`).replaceAll('Jane Doe', `Bench Person ${n}`).replaceAll('Jane', 'Bench');

async function withProfiles(session: ChromiumSession): Promise<void> {
  // Registered after the harness's routes, so these answer first.
  await session.context.route(/https:\/\/www\.linkedin\.com\/in\/bench-person-\d+\//, (route) => {
    const n = Number(/bench-person-(\d+)/.exec(route.request().url())?.[1]);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: profileOf(n) });
  });
}

let session: ChromiumSession;
let empty: ChromiumSession;
let launchedAt = 0;
beforeAll(async () => {
  launchedAt = Date.now();
  session = await launchChromium();
  empty = await launchChromium();
  await withProfiles(session);
  await withProfiles(empty);
});
afterAll(async () => {
  await session?.close();
  await empty?.close();
});

/** Open profile n, click "Save lead", and time until the page says it is saved. */
async function timeCapture(page: Page, n: number): Promise<number> {
  const linkedin = await LinkedInPage.open(page, `https://www.linkedin.com/in/bench-person-${n}/`);
  await page.bringToFront();
  await linkedin.saveButton().waitFor();
  const start = performance.now();
  await linkedin.save();
  await linkedin.savedButton(`Bench Person ${n}`).waitFor({ timeout: 120_000 });
  return performance.now() - start;
}

it(`capture: click to saved, ${LEADS.toLocaleString('en')} leads against an empty database`, async () => {
  const options = await session.extensionPage('options.html');
  await seedLeads(options, { leads: LEADS, activitiesPerLead: 5, now: Date.now() });
  await options.reload();
  await waitForFigures(options);
  await waitForIdle(options, launchedAt);
  const page = await session.context.newPage();
  const floorPage = await empty.context.newPage();
  // Untimed warm-up: the content script, the worker and the store settle.
  for (let n = 0; n < 3; n++) {
    await timeCapture(page, 1_000 + n);
    await timeCapture(floorPage, 1_000 + n);
  }
  const seeded: number[] = [];
  const floor: number[] = [];
  for (let n = 0; n < RUNS; n++) {
    seeded.push(await timeCapture(page, n));
    floor.push(await timeCapture(floorPage, n));
  }
  printTable(`Capture in Chromium (${LEADS.toLocaleString('en')} leads, 5 activities each)`, [
    ['empty database: click "Save lead" to "Lead saved" shown (floor, alongside)', `${median(floor).toFixed(0)} ms`, '1.00'],
    [`${LEADS.toLocaleString('en')} leads: click to saved`, `${median(seeded).toFixed(0)} ms`, `${(median(seeded) / median(floor)).toFixed(2)} (target ≤ 1.2)`],
  ]);
}, 3_600_000);
