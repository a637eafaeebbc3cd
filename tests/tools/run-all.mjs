// Runs every suite (unit, components, end-to-end in Chromium and Firefox) in one
// Vitest run and ends with the line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = '.tmp/vitest-report.json';
mkdirSync('.tmp', { recursive: true });
rmSync(report, { force: true });

// Static checks count as tests: a type error or a lint finding fails the run like any test.
let staticPassed = 0;
let staticFailed = 0;
for (const [name, args] of [
  ['type check', ['tsc', '--noEmit']],
  ['lint', ['eslint', '--config', 'tests/tools/eslint.config.js', '.']],
]) {
  const check = spawnSync('npx', args, { stdio: 'inherit' });
  if (check.status === 0) staticPassed += 1;
  else {
    staticFailed += 1;
    console.error(`${name} failed`);
  }
}

const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--project', 'unit', '--project', 'components', '--project', 'e2e', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  // A suite that fails to load has no tests to count; it still counts as a failure.
  for (const file of json.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
  }
} catch {
  failed += 1;
}
if (run.status !== 0 && failed === 0) failed = 1;
passed += staticPassed;
failed += staticFailed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
