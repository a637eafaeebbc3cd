import { describe, expect, it } from 'vitest';
import { OPTIONS_SECTIONS, sectionFromHash } from '../../lib/options/sections';
import { describeBrowser } from '../../lib/pages/environment';

describe('the options section a hash names', () => {
  it.each(OPTIONS_SECTIONS)('#%s is its section', (id) => {
    expect(sectionFromHash(`#${id}`)).toBe(id);
  });

  it.each(['', '#', '#nowhere', '#privacy-extra', '#__proto__', '#constructor'])('%j shows the first section', (hash) => {
    expect(sectionFromHash(hash)).toBe('scoring');
  });

  it('reads a hash typed by hand (case, spaces, percent-encoding)', () => {
    expect(sectionFromHash('#Privacy')).toBe('privacy');
    expect(sectionFromHash('#%20crm')).toBe('crm');
  });
});

describe('the browser named in diagnostics', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', 'Firefox 128.0'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36', 'Chrome 131.0.6778.85'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86', 'Edge 131.0.2903.86'],
    ['Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0', 'Opera 115.0.0.0'],
    ['SomethingElse/1', 'SomethingElse/1'],
  ])('%s', (agent, shown) => {
    expect(describeBrowser(agent)).toBe(shown);
  });
});
