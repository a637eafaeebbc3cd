import { extractLinkedIn } from '../capture/linkedin';
import type { ExtractResult } from '../capture/schema';

const WAIT_MS = 3_000;
const STEP_MS = 100;

/**
 * Read the page at the moment the rep asks. On LinkedIn's single-page navigation
 * the URL changes before the new profile is drawn; while the DOM still shows the
 * previous person ('no-identity'), wait for it to catch up rather than save the
 * wrong profile.
 */
export async function extractWhenReady(
  doc: Document,
  currentUrl: () => string,
  now: () => number = Date.now,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<ExtractResult> {
  let result = extractLinkedIn(doc, currentUrl(), now());
  for (let waited = 0; !result.ok && result.reason === 'no-identity' && waited < WAIT_MS; waited += STEP_MS) {
    await sleep(STEP_MS);
    result = extractLinkedIn(doc, currentUrl(), now());
  }
  return result;
}
