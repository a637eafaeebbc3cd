// `npm start`: build the extension for Chrome and Firefox, then open Chromium with it
// loaded when there is a display; otherwise say where the builds are and how to load them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) {
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const chrome = resolve('.output/chrome-mv3');
const firefox = resolve('.output/firefox-mv2');
const browser = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'].find(existsSync);

console.log(`
Built:
  Chrome / Chromium / Edge: ${chrome}
  Firefox:                  ${firefox}

Load in Chrome: open chrome://extensions, switch on "Developer mode", "Load unpacked", pick the Chrome folder.
Load in Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", pick ${firefox}/manifest.json.
`);

if (process.env.DISPLAY && browser) {
  const profile = resolve('.tmp/start-profile');
  mkdirSync(profile, { recursive: true });
  console.log(`Opening ${browser} with the extension loaded (profile in ${profile})…`);
  spawn(
    browser,
    [`--user-data-dir=${profile}`, `--load-extension=${chrome}`, `--disable-extensions-except=${chrome}`, '--no-first-run', 'https://www.linkedin.com/feed/'],
    { stdio: 'ignore', detached: true },
  ).unref();
} else {
  console.log('No display here (or no Chromium found): load one of the folders above by hand.');
}
