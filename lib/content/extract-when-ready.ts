import { extractLinkedInReport, type Extraction } from '../capture/linkedin';

const WAIT_MS = 3_000;
const STEP_MS = 100;

/** Worth reading again: no one yet, or a read that looked wrong (report.ts, Drift). */
function unsettled(extraction: Extraction): boolean {
  const { result, report } = extraction;
  return (!result.ok && result.reason === 'no-identity') || report.drift !== 'none';
}

/**
 * Read the page at the moment the rep asks. On LinkedIn's single-page navigation
 * the URL changes before the new profile is drawn; while the DOM still shows the
 * previous person ('no-identity'), or a page that does not look like the profile
 * yet (drift: a skeleton, the feed), wait for it to catch up rather than save the
 * wrong profile. What is read last is returned, with its report.
 */
export async function extractWhenReady(
  doc: Document,
  currentUrl: () => string,
  now: () => number = Date.now,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<Extraction> {
  let extraction = extractLinkedInReport(doc, currentUrl(), now());
  for (let waited = 0; unsettled(extraction) && waited < WAIT_MS; waited += STEP_MS) {
    await sleep(STEP_MS);
    extraction = extractLinkedInReport(doc, currentUrl(), now());
  }
  return extraction;
}
