/**
 * The LinkedIn extractors on real pages other people saved from LinkedIn (logged in
 * 2022-2025, logged out, a company, the feed, people search), read from
 * ../shared/linkedin-real/ (tests/e2e/fixtures/linkedin-real.ts). Expected values are
 * the ones each page shows, from that folder's README.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLinkedInReport } from '../../lib/capture/linkedin';
import { CaptureSchema } from '../../lib/capture/schema';
import { REAL_PAGES, REAL_PAGES_DIR, readRealPage, type RealPage } from '../e2e/fixtures/linkedin-real';

const NOW = 1_700_000_000_000;
// The real pages are up to 1.7 MB: parsing them in jsdom takes a while on a shared machine.
const SLOW = { timeout: 60_000 };

const parsed = new Map<string, Document>();
function load(file: string): Document {
  // A fresh document when a test changes it; parsing is the slow part, so plain reads share one.
  let doc = parsed.get(file);
  if (!doc) {
    doc = new DOMParser().parseFromString(readRealPage(file), 'text/html');
    parsed.set(file, doc);
  }
  return doc;
}
function fresh(file: string): Document {
  return new DOMParser().parseFromString(readRealPage(file), 'text/html');
}

/** Every class name replaced by a random hash, as LinkedIn's builds do: only tags, roles, labels and structure are left. */
function hashClasses(doc: Document): Document {
  let n = 0;
  for (const el of doc.querySelectorAll('[class]')) el.setAttribute('class', `h${(n += 1).toString(36)}x${(n * 7919).toString(36)}`);
  return doc;
}

function expectNoViewer(page: RealPage, captured: unknown) {
  if (!page.viewer) return;
  const text = JSON.stringify(captured);
  for (const marker of page.viewer.markers) {
    // On 01 the viewer is named like the lead's company: only its id and headline are the viewer's.
    if (page.kind === 'person' && marker === page.expected.companyName) continue;
    expect(text, `${page.file} leaks the viewer (${marker})`).not.toContain(marker);
  }
}

const people = REAL_PAGES.filter((p): p is Extract<RealPage, { kind: 'person' }> => p.kind === 'person');
const companies = REAL_PAGES.filter((p): p is Extract<RealPage, { kind: 'company' }> => p.kind === 'company');
const notLeads = REAL_PAGES.filter((p) => p.kind === 'none');

describe('the real pages', () => {
  it('are where the tests read them (../shared/linkedin-real beside the repository), every one', () => {
    expect(existsSync(REAL_PAGES_DIR), `${REAL_PAGES_DIR} is missing`).toBe(true);
    for (const page of REAL_PAGES) expect(readRealPage(page.file).length, page.file).toBeGreaterThan(100_000);
  });
});

describe.each(people)('real profile $file', (page) => {
  it('gives the person the page shows, through the usual layers, and never the viewer', SLOW, () => {
    const { result, report } = extractLinkedInReport(load(page.file), page.url, NOW);
    if (!result.ok || result.capture.kind !== 'person') throw new Error(`no person: ${JSON.stringify(result)}`);
    expect(CaptureSchema.safeParse(result.capture).success).toBe(true);
    expect(result.capture.person).toMatchObject(page.expected);
    expect(result.capture.person.sourceUrl).toBe(page.url);
    expect(report).toMatchObject({ pageKind: 'person', outcome: 'captured', drift: 'none' });
    expect(report.fields).toMatchObject({ fullName: true, headline: true, title: true, companyName: true, location: true });
    expect(result.capture.person.fullName).not.toBe(page.viewer?.name);
    expectNoViewer(page, result.capture);
  });

  it('gives the same person when every class name is hashed', SLOW, () => {
    const { result } = extractLinkedInReport(hashClasses(fresh(page.file)), page.url, NOW);
    if (!result.ok || result.capture.kind !== 'person') throw new Error(`no person: ${JSON.stringify(result)}`);
    expect(result.capture.person).toMatchObject(page.expected);
    expectNoViewer(page, result.capture);
  });
});

describe.each(companies)('real company page $file', (page) => {
  it('gives the company, its industry, headquarters and size band (not a member count), never the viewer', SLOW, () => {
    const { result, report } = extractLinkedInReport(load(page.file), page.url, NOW);
    if (!result.ok || result.capture.kind !== 'company') throw new Error(`no company: ${JSON.stringify(result)}`);
    expect(CaptureSchema.safeParse(result.capture).success).toBe(true);
    expect(result.capture.company).toMatchObject(page.expected);
    expect(report).toMatchObject({ pageKind: 'company', outcome: 'captured', drift: 'none' });
    expectNoViewer(page, result.capture);
  });

  it('keeps the name and the size band when every class name is hashed', SLOW, () => {
    const { result } = extractLinkedInReport(hashClasses(fresh(page.file)), page.url, NOW);
    if (!result.ok || result.capture.kind !== 'company') throw new Error(`no company: ${JSON.stringify(result)}`);
    expect(result.capture.company).toMatchObject({ name: page.expected.name, sizeBand: page.expected.sizeBand, linkedinUrl: page.expected.linkedinUrl });
  });
});

describe.each(notLeads)('real page that is not one lead: $file', (page) => {
  it('gives no capture at its own address', SLOW, () => {
    const { result, report } = extractLinkedInReport(load(page.file), page.url, NOW);
    expect(result).toEqual({ ok: false, reason: 'not-a-lead-page' });
    expect(report).toMatchObject({ pageKind: 'other', outcome: 'not-a-lead-page', layers: [] });
  });

  it('while in-page navigation to a profile catches up, is never taken for that profile as is', SLOW, () => {
    // The URL already names the profile the rep clicked; the DOM is still this page.
    const { result, report } = extractLinkedInReport(load(page.file), 'https://www.linkedin.com/in/sikailee/', NOW);
    // Whatever a name-shaped heading gives, the page does not say whose it is: the rep checks it (drift) before it is saved.
    if (result.ok) expect(report.drift).not.toBe('none');
    expectNoViewer(page, result);
  });
});

describe('a real profile whose markup moved', () => {
  it('with the top card gone (only the title and meta tags left) is read by the weakest layer and says so', SLOW, () => {
    const doc = hashClasses(fresh('01-li-profile-2024-eduardo.html'));
    // LinkedIn redraws the profile with elements we have never seen: nothing in <main> is readable.
    for (const el of doc.querySelectorAll('main, h1, [role="main"]')) el.replaceWith(doc.createElement('x-profile-view'));
    const { result, report } = extractLinkedInReport(doc, 'https://www.linkedin.com/in/eduardo-alvarez-nowak/', NOW);
    expect(report.drift).toBe('weakest-only');
    expect(report.layers).toEqual(['titleMeta']);
    if (!result.ok || result.capture.kind !== 'person') throw new Error('the title still names the person');
    expect(result.capture.person.fullName).toBe('Eduardo Alvarez Nowak');
  });
});
