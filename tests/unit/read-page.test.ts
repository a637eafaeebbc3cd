import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/capture/read-page';
import { draftFromMenuClick } from '../../lib/background/context-menus';

const NOW = Date.UTC(2026, 10, 23);
const fixture = (path: string) => new DOMParser().parseFromString(readFileSync(`tests/e2e/fixtures/${path}`, 'utf8'), 'text/html');

describe('readPage (popup "Save this page" and the shortcut)', () => {
  it('a LinkedIn profile is a lead page with the LinkedIn capture', () => {
    const result = readPage(fixture('linkedin/profile-current.html'), 'https://www.linkedin.com/in/jane-doe/', NOW);
    expect(result).toMatchObject({ isLeadPage: true, sources: ['linkedin'], person: { fullName: 'Jane Doe' } });
  });

  it('the LinkedIn feed is not a lead page', () => {
    expect(readPage(fixture('linkedin/feed.html'), 'https://www.linkedin.com/feed/', NOW)).toMatchObject({ isLeadPage: false, person: undefined });
  });

  it('a site with a schema.org Person is a lead page', () => {
    const result = readPage(fixture('pages/person-jsonld.html'), 'https://conf.example/speakers/ada', NOW);
    expect(result.isLeadPage).toBe(true);
    expect(result.sources).toContain('json-ld');
    expect(result.person?.fullName).toBeTruthy();
  });

  it('a plain page is only a draft for the form', () => {
    expect(readPage(fixture('pages/plain.html'), 'https://plain.example/', NOW).isLeadPage).toBe(false);
  });
});

describe('context menu clicks', () => {
  it('routes a mailto link, a profile link and a selection to their drafts', () => {
    const page = 'https://blog.example/post';
    expect(draftFromMenuClick({ menuItemId: 'save-link', linkUrl: 'mailto:ann@acme.example', editable: false } as never, page, NOW)).toMatchObject({
      email: 'ann@acme.example',
      source: 'context-menu',
    });
    expect(draftFromMenuClick({ menuItemId: 'save-link', linkUrl: 'https://pl.linkedin.com/in/jane-doe?trk=x', editable: false } as never, page, NOW)).toMatchObject({
      linkedinUrl: 'https://www.linkedin.com/in/jane-doe/',
    });
    expect(draftFromMenuClick({ menuItemId: 'save-selection', selectionText: 'Jane Doe, VP Sales at Acme Corp', editable: false } as never, page, NOW)).toMatchObject({
      fullName: 'Jane Doe',
    });
    expect(draftFromMenuClick({ menuItemId: 'save-link', linkUrl: 'https://news.example/', editable: false } as never, page, NOW)).toBeUndefined();
  });
});
