import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const CHROME_BUILD = `${ROOT}.output/chrome-mv3`;
export const FIREFOX_BUILD = `${ROOT}.output/firefox-mv2`;
export const FIXTURES = `${ROOT}tests/e2e/fixtures`;
// Debian's /usr/bin/chromium wrapper adds an empty --disable-extensions-except, which
// turns off the extension under test; the real binary beside it takes our flags as given.
export const CHROMIUM_BIN =
  process.env.CHROMIUM_BIN ?? (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
