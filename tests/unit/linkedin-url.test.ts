/**
 * One person must be one key: every spelling of a LinkedIn URL reduces to one canonical form,
 * and anything that is not LinkedIn (however similar it looks) is "other".
 */
import { describe, expect, it } from 'vitest';
import { classifyLinkedInUrl, isLinkedInHost, normalizeLinkedInUrl, quickPersonUrl } from '../../lib/capture/linkedin-url';

const JANE = 'https://www.linkedin.com/in/jane-doe/';

describe('profile URLs', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/jane-doe'],
    ['http://www.linkedin.com/in/jane-doe/'],
    ['HTTPS://WWW.LINKEDIN.COM/in/jane-doe/'],
    // A sheet in capitals: LinkedIn reads its paths in any case.
    ['HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE/'],
    ['https://www.linkedin.com/In/Jane-Doe'],
    ['https://linkedin.com/in/jane-doe'],
    ['linkedin.com/in/jane-doe'],
    ['www.linkedin.com/in/jane-doe/'],
    ['//www.linkedin.com/in/jane-doe/'],
    ['  https://www.linkedin.com/in/jane-doe/  '],
  ])('scheme and host spelling: %s', (raw) => {
    expect(normalizeLinkedInUrl(raw)).toBe(JANE);
  });

  it.each([
    ['https://pl.linkedin.com/in/jane-doe'],
    ['https://de.linkedin.com/in/jane-doe/'],
    ['https://uk.linkedin.com/in/jane-doe/'],
    ['https://m.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com:443/in/jane-doe/'],
  ])('country, mobile and port variants: %s', (raw) => {
    expect(normalizeLinkedInUrl(raw)).toBe(JANE);
  });

  it.each([
    ['https://www.linkedin.com/in/jane-doe/pl/'],
    ['https://www.linkedin.com/in/jane-doe/de'],
    ['https://www.linkedin.com/in/jane-doe/?locale=pl_PL'],
    ['https://www.linkedin.com/in/jane-doe?locale=en_US&trk=people-guest_people_search-card'],
    ['https://www.linkedin.com/in/jane-doe/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAA'],
    ['https://www.linkedin.com/in/jane-doe/#experience'],
    ['https://www.linkedin.com/in/jane-doe?trk=x#about'],
    ['https://www.linkedin.com/in/jane-doe//'],
  ])('locale suffixes, query strings, fragments, slashes: %s', (raw) => {
    expect(normalizeLinkedInUrl(raw)).toBe(JANE);
  });

  it.each([
    ['https://www.linkedin.com/in/jane-doe/overlay/contact-info/'],
    ['https://www.linkedin.com/in/jane-doe/overlay/about-this-profile/'],
    ['https://www.linkedin.com/in/jane-doe/details/experience/'],
    ['https://www.linkedin.com/in/jane-doe/detail/contact-info/'],
    ['https://www.linkedin.com/in/jane-doe/recent-activity/all/'],
  ])('overlay and detail pages belong to the profile: %s', (raw) => {
    expect(normalizeLinkedInUrl(raw)).toBe(JANE);
  });

  it('lower-cases and decodes identifiers, re-encoding them canonically', () => {
    expect(normalizeLinkedInUrl('https://www.linkedin.com/in/Jane-Doe/')).toBe(JANE);
    expect(normalizeLinkedInUrl('https://www.linkedin.com/in/JANE-DOE')).toBe(JANE);
    const lukasz = 'https://www.linkedin.com/in/%C5%82ukasz-%C5%BC%C3%B3%C5%82%C4%87/';
    expect(normalizeLinkedInUrl('https://pl.linkedin.com/in/łukasz-żółć/')).toBe(lukasz);
    expect(normalizeLinkedInUrl('https://pl.linkedin.com/in/%C5%81UKASZ-%C5%BB%C3%93%C5%81%C4%86')).toBe(lukasz);
    expect(normalizeLinkedInUrl('https://pl.linkedin.com/in/%c5%82ukasz-%c5%bc%c3%b3%c5%82%c4%87')).toBe(lukasz);
    // Decomposed (NFD) diacritics are the same person as composed ones.
    expect(normalizeLinkedInUrl(`https://www.linkedin.com/in/${'zo\u0301ltan'}/`)).toBe(normalizeLinkedInUrl('https://www.linkedin.com/in/zóltan/'));
    expect(classifyLinkedInUrl('https://pl.linkedin.com/in/%C5%81UKASZ-%C5%BB%C3%93%C5%81%C4%86')).toEqual({
      kind: 'person',
      publicId: 'łukasz-żółć',
      canonicalUrl: lukasz,
    });
  });

  it('keeps the case of a member id (a profile without a public name, as lists link it): lowered, it opens nothing', () => {
    const member = 'https://www.linkedin.com/in/ACoAAB3xYz9KqLmN0pQr/';
    expect(normalizeLinkedInUrl(member)).toBe(member);
    expect(normalizeLinkedInUrl('https://pl.linkedin.com/in/ACoAAB3xYz9KqLmN0pQr?trk=x')).toBe(member);
    expect(quickPersonUrl('/in/ACoAAB3xYz9KqLmN0pQr/')).toBe(member);
    expect(classifyLinkedInUrl(member)).toEqual({ kind: 'person', publicId: 'ACoAAB3xYz9KqLmN0pQr', canonicalUrl: member });
    // A public name that happens to start so is a name: any case, one person.
    expect(normalizeLinkedInUrl('https://www.linkedin.com/in/Acosta-Maria/')).toBe('https://www.linkedin.com/in/acosta-maria/');
  });

  it.each([
    ['https://www.linkedin.com/in/'],
    ['https://www.linkedin.com/in/a/'],
    ['https://www.linkedin.com/in/%E0%A4%A/'],
    ['https://www.linkedin.com/in/jane%2Fdoe/'],
    ['https://www.linkedin.com/in/jane%20doe/'],
    ['https://www.linkedin.com/in/<script>/'],
    [`https://www.linkedin.com/in/${'a'.repeat(201)}/`],
  ])('malformed identifiers are not profiles: %s', (raw) => {
    expect(classifyLinkedInUrl(raw)).toEqual({ kind: 'other' });
  });
});

describe('hosts that only look like LinkedIn', () => {
  it.each([
    ['https://linkedin.com.evil.com/in/jane-doe/'],
    ['https://www.linkedin.com.evil.com/in/jane-doe/'],
    ['https://evil-linkedin.com/in/jane-doe/'],
    ['https://evillinkedin.com/in/jane-doe/'],
    ['https://linkedin.co/in/jane-doe/'],
    ['https://www.linkedin.com@evil.com/in/jane-doe/'],
    ['https://evil.com/www.linkedin.com/in/jane-doe/'],
    ['https://evil.com/?u=https://www.linkedin.com/in/jane-doe/'],
    ['https://evil.com#@www.linkedin.com/in/jane-doe/'],
    ['https://a.b.linkedin.com/in/jane-doe/'],
    ['ftp://www.linkedin.com/in/jane-doe/'],
    ['javascript://www.linkedin.com/in/jane-doe/%0Aalert(1)'],
    ['data:text/html,https://www.linkedin.com/in/jane-doe/'],
    ['linkedin.com.evil.com/in/jane-doe'],
  ])('%s is other', (raw) => {
    expect(classifyLinkedInUrl(raw)).toEqual({ kind: 'other' });
    expect(normalizeLinkedInUrl(raw)).toBeUndefined();
  });

  it('recognises LinkedIn hosts', () => {
    expect(isLinkedInHost('www.linkedin.com')).toBe(true);
    expect(isLinkedInHost('pl.linkedin.com')).toBe(true);
    expect(isLinkedInHost('linkedin.com')).toBe(true);
    expect(isLinkedInHost('linkedin.com.evil.com')).toBe(false);
    expect(isLinkedInHost('notlinkedin.com')).toBe(false);
  });
});

describe('Sales Navigator and company URLs', () => {
  it('reduces Sales Navigator lead URLs to the lead id', () => {
    const lead = 'https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz/';
    expect(normalizeLinkedInUrl('https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz,NAME_SEARCH,x7Yz')).toBe(lead);
    expect(normalizeLinkedInUrl('https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz,NAME_SEARCH,x7Yz?_ntb=abc%3D%3D')).toBe(lead);
    expect(normalizeLinkedInUrl('https://www.linkedin.com/sales/people/ACwAAAB1c2VyMTIz,OUT_OF_NETWORK,q1')).toBe(lead);
    expect(normalizeLinkedInUrl('https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz%2CNAME_SEARCH%2Cx7Yz')).toBe(lead);
    expect(classifyLinkedInUrl('https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz,NAME_SEARCH,x7Yz')).toEqual({
      kind: 'sales-nav-lead',
      leadId: 'ACwAAAB1c2VyMTIz',
      canonicalUrl: lead,
    });
    expect(classifyLinkedInUrl('https://www.linkedin.com/sales/lead/')).toEqual({ kind: 'other' });
    expect(classifyLinkedInUrl('https://www.linkedin.com/sales/lead/ab,c')).toEqual({ kind: 'other' });
  });

  it('reduces company, school and showcase pages to their root', () => {
    expect(normalizeLinkedInUrl('https://www.linkedin.com/company/acme-analytics/about/')).toBe('https://www.linkedin.com/company/acme-analytics/');
    expect(normalizeLinkedInUrl('https://pl.linkedin.com/company/Acme-Analytics/posts/?feedView=all')).toBe('https://www.linkedin.com/company/acme-analytics/');
    expect(normalizeLinkedInUrl('https://www.linkedin.com/company/12345')).toBe('https://www.linkedin.com/company/12345/');
    expect(normalizeLinkedInUrl('https://www.linkedin.com/sales/company/12345')).toBe('https://www.linkedin.com/company/12345/');
    expect(normalizeLinkedInUrl('https://www.linkedin.com/school/mit/')).toBe('https://www.linkedin.com/school/mit/');
    expect(normalizeLinkedInUrl('https://www.linkedin.com/showcase/acme-labs/about')).toBe('https://www.linkedin.com/showcase/acme-labs/');
    expect(classifyLinkedInUrl('https://www.linkedin.com/sales/company/acme')).toEqual({ kind: 'other' });
  });
});

describe('pages that are not leads', () => {
  it.each([
    ['https://www.linkedin.com/'],
    ['https://www.linkedin.com/feed/'],
    ['https://www.linkedin.com/search/results/people/?keywords=head%20of%20sales'],
    ['https://www.linkedin.com/messaging/thread/2-YWJjZGVmZ2hpams=/'],
    ['https://www.linkedin.com/jobs/view/3812345678/'],
    ['https://www.linkedin.com/mynetwork/'],
    ['https://www.linkedin.com/posts/jane-doe_activity-7100000000000000001-abcd'],
    ['https://www.linkedin.com/sales/home'],
  ])('%s is other', (raw) => {
    expect(classifyLinkedInUrl(raw)).toEqual({ kind: 'other' });
  });

  it.each([[''], ['   '], ['http://'], ['%%%'], ['not a url'], ['https://'], ['x'.repeat(100_000)]])('never throws on %j', (raw) => {
    expect(() => classifyLinkedInUrl(raw)).not.toThrow();
    expect(normalizeLinkedInUrl(raw)).toBeUndefined();
  });

  it('normalisation is idempotent on every example above', () => {
    for (const raw of [
      JANE,
      'https://pl.linkedin.com/in/łukasz-żółć/',
      'https://www.linkedin.com/in/a%2525b/',
      'https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz,NAME_SEARCH,x7Yz',
      'https://www.linkedin.com/sales/company/12345',
      'https://www.linkedin.com/school/mit/',
    ]) {
      const once = normalizeLinkedInUrl(raw);
      expect(once).toBeDefined();
      expect(normalizeLinkedInUrl(once ?? '')).toBe(once);
    }
  });
});

describe('old public profile links (/pub/name/a/b/c)', () => {
  const CANONICAL = 'https://www.linkedin.com/in/krzysztof-marzec-b50576a7/';
  it.each([
    'https://www.linkedin.com/pub/krzysztof-marzec/a7/576/b50',
    'http://pl.linkedin.com/pub/krzysztof-marzec/a7/576/b50/',
    'https://sy.linkedin.com/pub/krzysztof-marzec/a7/576/b50?trk=biz_employee_pub',
    'linkedin.com/pub/Krzysztof-Marzec/A7/576/B50',
  ])('%s is the profile LinkedIn redirects it to', (url) => {
    expect(classifyLinkedInUrl(url)).toEqual({ kind: 'person', publicId: 'krzysztof-marzec-b50576a7', canonicalUrl: CANONICAL });
    expect(normalizeLinkedInUrl(CANONICAL)).toBe(CANONICAL);
  });

  it('pads the two last parts to three hex digits, as LinkedIn does', () => {
    expect(normalizeLinkedInUrl('https://uk.linkedin.com/pub/abdi-ahmed/100/384/6b0')).toBe('https://www.linkedin.com/in/abdi-ahmed-6b0384100/');
    expect(normalizeLinkedInUrl('https://www.linkedin.com/pub/jan-kowal/1a/2b/3')).toBe('https://www.linkedin.com/in/jan-kowal-00302b1a/');
  });

  it.each(['https://www.linkedin.com/pub/jan-kowal', 'https://www.linkedin.com/pub/jan-kowal/1a/2b', 'https://www.linkedin.com/pub/jan-kowal/1a/2b/zz', 'https://www.linkedin.com/pub/dir/jan/kowal'])(
    '%s is no profile',
    (url) => expect(classifyLinkedInUrl(url)).toEqual({ kind: 'other' }),
  );
});

describe('Sales Navigator member ids in a profile link (/in/ACw…, as Sales Navigator exporters write them)', () => {
  it('keep their case like the ids of search lists: lowered, the link opens nothing and two people could share it', () => {
    const member = 'https://www.linkedin.com/in/ACwAAAB1c2VyMTIz/';
    expect(normalizeLinkedInUrl('https://www.linkedin.com/in/ACwAAAB1c2VyMTIz')).toBe(member);
    expect(normalizeLinkedInUrl('http://linkedin.com/in/ACwAAAB1c2VyMTIz/?trk=x')).toBe(member);
    expect(quickPersonUrl('/in/ACwAAAB1c2VyMTIz')).toBe(member);
    expect(normalizeLinkedInUrl('https://www.linkedin.com/in/ACwAAAb1c2VyMTIz')).not.toBe(member);
  });
});
