import { describe, expect, it } from 'vitest';
import { followPageTheme, pageThemeOf } from '../../lib/content/page-theme';

describe("LinkedIn's theme for the in-page control", () => {
  it.each([
    [['theme', 'theme--dark'], 'dark'],
    [['theme', 'theme--light'], 'light'],
    [['theme', 'theme--mercado'], 'auto'],
    [[], 'auto'],
  ] as const)('%j is %s', (classes, theme) => {
    expect(pageThemeOf(classes)).toBe(theme);
  });

  it('keeps the host attribute in step with the html class, and stops when asked', async () => {
    const html = document.createElement('html');
    const host = document.createElement('div');
    const stop = followPageTheme(html, host);
    expect(host.getAttribute('data-theme')).toBe('auto');
    html.className = 'theme theme--dark';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.getAttribute('data-theme')).toBe('dark');
    stop();
    html.className = 'theme theme--light';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.getAttribute('data-theme')).toBe('dark');
  });
});
