import webExt, { type LintMessage, type LintResult } from 'web-ext';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD } from './harness/paths';

// addons.mozilla.org runs addons-linter on every upload and refuses a package with errors.
// This lints the Firefox build the e2e global setup made (nothing is built here).
const line = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`;

describe('the Firefox build passes the store linter (web-ext lint)', () => {
  let result: LintResult;

  beforeAll(async () => {
    result = await webExt.cmd.lint(
      { sourceDir: FIREFOX_BUILD, output: 'none', boring: true, selfHosted: false, warningsAsErrors: false },
      { shouldExitProgram: false },
    );
    if (result.warnings.length) console.info(`web-ext lint warnings (allowed):\n  ${result.warnings.map(line).join('\n  ')}`);
  });

  it('reads the built add-on', () => {
    expect(result.metadata.id).toBe('prospecting-assistant@leads.local');
    expect(result.metadata.totalScannedFileSize).toBeGreaterThan(0);
  });

  it('reports no errors', () => {
    expect(result.errors.map(line)).toEqual([]);
  });

  it('has nothing to say about the manifest (data_collection_permissions is read from the minimum versions declared)', () => {
    expect([...result.warnings, ...result.notices].filter((m) => m.file === 'manifest.json').map(line)).toEqual([]);
  });
});
