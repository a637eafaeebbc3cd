/**
 * Issue 17: what a new user found capture getting wrong on real LinkedIn pages, each
 * rebuilt by hand with the same structure (tests/e2e/fixtures/linkedin/), and the
 * accessible-label layer in Romanian and Russian.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { companyFromLabel, extractLinkedIn, extractLinkedInReport, isLeadDocument } from '../../lib/capture/linkedin';
import { LINKEDIN_FIXTURE_URLS } from '../e2e/fixtures/linkedin';

const NOW = 1_700_000_000_000;
const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../e2e/fixtures/linkedin/');

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(FIXTURE_DIR + file, 'utf8'), 'text/html');
}
function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}
function urlOf(file: string): string {
  const url = LINKEDIN_FIXTURE_URLS[file];
  if (!url) throw new Error(`no URL for ${file}`);
  return url;
}

describe('a public "profile not found" page (profile-not-found.html)', () => {
  const url = urlOf('profile-not-found.html');

  it('is not a lead page: nothing is captured, least of all the sentence as a name', () => {
    const { result, report } = extractLinkedInReport(load('profile-not-found.html'), url, NOW);
    expect(result).toEqual({ ok: false, reason: 'not-a-lead-page' });
    expect(report).toMatchObject({ pageKind: 'person', outcome: 'not-found', drift: 'none' });
  });

  it('is not offered "Save lead" (the in-page control asks isLeadDocument)', () => {
    expect(isLeadDocument(load('profile-not-found.html'), url)).toBe(false);
    expect(isLeadDocument(load('profile-hashed.html'), urlOf('profile-hashed.html'))).toBe(true);
    expect(isLeadDocument(load('company-public.html'), urlOf('company-public.html'))).toBe(true);
  });

  it('is recognised by the address in the heading, whatever the wording, and by a sentence heading on a public page', () => {
    const other = parse(`<html><head><meta name="pageKey" content="public_profile_v3_desktop"></head>
      <body><main><h1>Nie znaleziono: „jane-doe-missing-42”.</h1></main></body></html>`);
    expect(extractLinkedIn(other, url, NOW)).toEqual({ ok: false, reason: 'not-a-lead-page' });
    const sentence = parse(`<html><head><meta name="pageKey" content="public_profile_v3_desktop"></head>
      <body><main><h1>The profile you are looking for is not here today.</h1></main></body></html>`);
    expect(extractLinkedIn(sentence, 'https://www.linkedin.com/in/someone/', NOW)).toEqual({ ok: false, reason: 'not-a-lead-page' });
  });

  it('does not mistake a real name for the address: a one-word id can be a first name', () => {
    const doc = parse(`<html><head><link rel="canonical" href="https://www.linkedin.com/in/mei/"></head>
      <body><main><section><h1>Mei Tanaka</h1></section></main></body></html>`);
    const result = extractLinkedIn(doc, 'https://www.linkedin.com/in/mei/', NOW);
    expect(result.ok && result.capture.kind === 'person' && result.capture.person.fullName).toBe('Mei Tanaka');
  });
});

describe('a public company page (company-public.html)', () => {
  it('stores the "Company size" row, not the member count of JSON-LD numberOfEmployees or "View all 69 employees"', () => {
    const result = extractLinkedIn(load('company-public.html'), urlOf('company-public.html'), NOW);
    if (!result.ok || result.capture.kind !== 'company') throw new Error(JSON.stringify(result));
    expect(result.capture.company).toEqual({
      name: 'Harbor Lights Studio',
      industry: 'Design Services',
      sizeBand: '51-200 employees',
      website: 'https://harborlights.example/',
      headquarters: 'Portland, Oregon',
      linkedinUrl: 'https://www.linkedin.com/company/harbor-lights-studio/',
      logoUrl: 'https://media.licdn.com/dms/image/v2/harbor-lights/company-logo_200_200/0/1700000000000?e=2147483647&v=beta&t=hl',
      sourceUrl: urlOf('company-public.html'),
      source: 'linkedin',
      capturedAt: NOW,
    });
  });

  it('with no size row at all, stores no size band rather than a member count', () => {
    const doc = load('company-public.html');
    doc.querySelector('[data-test-id="about-us__size"]')?.remove();
    const result = extractLinkedIn(doc, urlOf('company-public.html'), NOW);
    if (!result.ok || result.capture.kind !== 'company') throw new Error(JSON.stringify(result));
    expect(result.capture.company.sizeBand).toBeUndefined();
  });

  it('a JSON-LD range is still a size band', () => {
    const doc = parse(`<html><head><script type="application/ld+json">{"@type":"Organization","name":"Range Co",
      "url":"https://www.linkedin.com/company/range-co","numberOfEmployees":{"minValue":11,"maxValue":50}}</script></head><body></body></html>`);
    const result = extractLinkedIn(doc, 'https://www.linkedin.com/company/range-co/', NOW);
    expect(result.ok && result.capture.kind === 'company' && result.capture.company.sizeBand).toBe('11-50 employees');
  });
});

describe('a profile whose classes are all hashed (profile-hashed-location.html)', () => {
  it('reads the location line under the headline', () => {
    const { result, report } = extractLinkedInReport(load('profile-hashed-location.html'), urlOf('profile-hashed-location.html'), NOW);
    if (!result.ok || result.capture.kind !== 'person') throw new Error(JSON.stringify(result));
    expect(result.capture.person).toMatchObject({
      fullName: 'Oskar Lindqvist',
      firstName: 'Oskar',
      lastName: 'Lindqvist',
      headline: 'Head of Procurement at Nordvik Shipping',
      title: 'Head of Procurement',
      companyName: 'Nordvik Shipping',
      companyLinkedinUrl: 'https://www.linkedin.com/company/nordvik-shipping/',
      location: 'Gothenburg, Västra Götaland County, Sweden',
      publicId: 'oskar-lindqvist',
    });
    expect(report.via.location).toBe('topCard:line-under-headline');
    expect(report.drift).toBe('none');
  });

  it('skips the degree badge, and takes no company, count or link line for a location', () => {
    const doc = parse(`<html><body><main><section>
      <a href="/in/ada-l/overlay/about-this-profile/"><h1>Ada Lovelace</h1></a><span>· 3rd+</span>
      <div>Analyst at Babbage &amp; Co</div>
      <div>Babbage &amp; Co</div><div>500+ connections</div><div><a href="/in/ada-l/">London</a></div>
      <button aria-label="Current company: Babbage &amp; Co. Click to skip to experience card">Babbage &amp; Co</button>
    </section></main></body></html>`);
    const result = extractLinkedIn(doc, 'https://www.linkedin.com/in/ada-l/', NOW);
    if (!result.ok || result.capture.kind !== 'person') throw new Error(JSON.stringify(result));
    expect(result.capture.person.headline).toBe('Analyst at Babbage & Co');
    expect(result.capture.person.location).toBeUndefined();
  });
});

describe('accessible labels in Romanian and Russian', () => {
  it('reads "Current company" labels as it reads Polish, German, French and Spanish ones', () => {
    expect(companyFromLabel('Compania actuală: Bitdefender. Faceți clic pentru a sări la cardul de experiență')).toBe('Bitdefender');
    expect(companyFromLabel('Текущая компания: Яндекс. Нажмите, чтобы перейти к карточке опыта работы')).toBe('Яндекс');
    expect(companyFromLabel('Текущая компания: ООО «Ромашка» Нажмите, чтобы перейти к разделу')).toBe('ООО «Ромашка»');
    expect(companyFromLabel('Obecna firma: Pszczółka Sp. z o.o.. Kliknij, aby przejść')).toBe('Pszczółka Sp. z o.o.');
  });

  function profile(lang: string, label: string, contactInfo: string, location: string) {
    return parse(`<html lang="${lang}"><body><main><section>
      <h1>Name Placeholder</h1>
      <div><span>${location}</span> <span><a href="#">${contactInfo}</a></span></div>
      <button aria-label="${label}">x</button></section></main></body></html>`);
  }

  it('a Romanian profile with hashed classes: company from the label, location before "Informații de contact"', () => {
    const doc = profile('ro', 'Compania actuală: Bitdefender. Faceți clic pentru a sări la cardul de experiență', 'Informații de contact', 'București, România');
    doc.querySelector('h1')!.textContent = 'Andreea Popescu';
    const result = extractLinkedIn(doc, 'https://ro.linkedin.com/in/andreea-popescu/', NOW);
    if (!result.ok || result.capture.kind !== 'person') throw new Error(JSON.stringify(result));
    expect(result.capture.person).toMatchObject({ fullName: 'Andreea Popescu', companyName: 'Bitdefender', location: 'București, România' });
  });

  it('a Russian profile with hashed classes: company from the label, location before "Контактная информация"', () => {
    const doc = profile('ru', 'Текущая компания: Яндекс. Нажмите, чтобы перейти к карточке опыта работы', 'Контактная информация', 'Москва, Россия');
    doc.querySelector('h1')!.textContent = 'Иван Петров';
    const result = extractLinkedIn(doc, 'https://ru.linkedin.com/in/ivan-petrov/', NOW);
    if (!result.ok || result.capture.kind !== 'person') throw new Error(JSON.stringify(result));
    expect(result.capture.person).toMatchObject({ fullName: 'Иван Петров', firstName: 'Иван', lastName: 'Петров', companyName: 'Яндекс', location: 'Москва, Россия' });
  });

  it('a company About list in Romanian and in Russian', () => {
    const ro = parse(`<html><body><main><h1>Bitdefender</h1><dl>
      <dt>Site web</dt><dd><a href="https://www.bitdefender.ro/">bitdefender.ro</a></dd><dt>Industrie</dt><dd>Securitate informatică</dd>
      <dt>Dimensiunea companiei</dt><dd>1.001-5.000 de angajați</dd><dt>Sediu central</dt><dd>București</dd></dl></main></body></html>`);
    const roResult = extractLinkedIn(ro, 'https://ro.linkedin.com/company/bitdefender/about/', NOW);
    expect(roResult.ok && roResult.capture.kind === 'company' && roResult.capture.company).toMatchObject({
      name: 'Bitdefender', website: 'https://www.bitdefender.ro/', industry: 'Securitate informatică', sizeBand: '1.001-5.000 de angajați', headquarters: 'București',
    });
    const ru = parse(`<html><body><main><h1>Яндекс</h1><dl>
      <dt>Веб-сайт</dt><dd><a href="https://yandex.ru/">yandex.ru</a></dd><dt>Отрасль</dt><dd>Разработка программного обеспечения</dd>
      <dt>Размер компании</dt><dd>10 001+ сотрудников</dd><dt>Штаб-квартира</dt><dd>Москва</dd></dl></main></body></html>`);
    const ruResult = extractLinkedIn(ru, 'https://ru.linkedin.com/company/yandex/about/', NOW);
    expect(ruResult.ok && ruResult.capture.kind === 'company' && ruResult.capture.company).toMatchObject({
      name: 'Яндекс', website: 'https://yandex.ru/', industry: 'Разработка программного обеспечения', sizeBand: '10 001+ сотрудников', headquarters: 'Москва',
    });
  });
});
