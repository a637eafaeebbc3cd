// The part of web-ext's programmatic API the store lint uses (web-ext ships no types).
declare module 'web-ext' {
  /** One finding of addons-linter, the linter addons.mozilla.org runs on every upload. */
  export interface LintMessage {
    code: string;
    message: string;
    description?: string | string[];
    file?: string;
    line?: number;
    column?: number;
    type: 'error' | 'warning' | 'notice';
  }
  export interface LintResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    metadata: { id?: string; manifestVersion?: number; totalScannedFileSize?: number; firefoxStrictMinVersion?: string };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  export interface LintOptions {
    sourceDir: string;
    artifactsDir?: string;
    ignoreFiles?: string[];
    /** 'none' keeps the linter from printing; the result is returned either way. */
    output?: 'json' | 'text' | 'none';
    boring?: boolean;
    selfHosted?: boolean;
    warningsAsErrors?: boolean;
    metadata?: boolean;
    pretty?: boolean;
    privileged?: boolean;
    enterprise?: boolean;
    verbose?: boolean;
  }
  const webExt: {
    cmd: { lint(options: LintOptions, deps?: { shouldExitProgram?: boolean }): Promise<LintResult> };
  };
  export default webExt;
}
