import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_BIN, FIREFOX_BIN, ROOT } from './paths';

/** Build both browser targets once before the end-to-end suites (E2E_SKIP_BUILD=1 reuses .output). */
export default function setup() {
  for (const bin of [CHROMIUM_BIN, FIREFOX_BIN]) {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: install the Debian packages chromium and firefox-esr (see README)`);
  }
  if (process.env.E2E_SKIP_BUILD === '1') return;
  for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) {
    const run = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed`);
  }
}
