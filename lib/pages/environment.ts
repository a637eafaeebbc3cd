/** What the diagnostics section says about where the extension runs. */
export type Environment = { version: string; browser: string; uiLanguage: string };

/**
 * The browser's name and version from its user-agent string, as a person would write it
 * ("Firefox 128.0", "Chrome 131.0.6778.85"). Edge and Opera say "Chrome" too, so their
 * own tokens are read first; anything unrecognised is shown as it came.
 */
export function describeBrowser(userAgent: string): string {
  const known: [RegExp, string][] = [
    [/Firefox\/([\d.]+)/, 'Firefox'],
    [/Edg\/([\d.]+)/, 'Edge'],
    [/OPR\/([\d.]+)/, 'Opera'],
    [/Chrome\/([\d.]+)/, 'Chrome'],
  ];
  for (const [pattern, name] of known) {
    const version = pattern.exec(userAgent)?.[1];
    if (version) return `${name} ${version}`;
  }
  return userAgent.trim() || '?';
}
