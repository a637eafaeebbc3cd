import { installReader } from '@/lib/content/reader';
import { extractWhenReady } from '@/lib/content/extract-when-ready';

// The LinkedIn extractors, which the background injects into a LinkedIn tab's isolated world
// (scripting.executeScript, no web-accessible resource) on a lead page, when it is idle or at the
// latest when the in-page control needs them (a click on "Save lead", page.extract). See lib/content/reader.ts.
// Unlisted, not a content script: nothing of WXT's content-script context (which announces
// itself to the page) comes with it.
export default defineUnlistedScript(() => {
  installReader(globalThis, { read: (doc, currentUrl) => extractWhenReady(doc, currentUrl) });
});
