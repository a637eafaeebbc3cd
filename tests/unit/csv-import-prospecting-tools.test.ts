/**
 * Headers prospecting and enrichment tools write (numbered e-mails and phones, the company's
 * domain in a column of its own): each names a field a rep expects filled.
 */
import { describe, expect, it } from 'vitest';
import { autoMapping, parseCsv, previewImport } from '../../lib/transfer/csv-import';
import { NOW } from './helpers/db';

function people(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const preview = previewImport(parsed, autoMapping(parsed.headers, parsed.rows), NOW);
  expect(preview.refused).toEqual([]);
  return preview.captures.map((c) => c.person);
}

describe('enrichment exports', () => {
  it('numbered e-mail and phone columns fill the e-mail and the phone, the first non-empty one', () => {
    const [jan, ewa] = people(
      'First Name,Last Name,Email 1,Email 1 Type,Email 2,Phone 1,Phone 1 Type,Phone 2\n' +
        'Jan,Kowalski,jan@acme.pl,Work,jan@gmail.com,+48 600 100 200,Mobile,\n' +
        'Ewa,Nowak,,,ewa@gmail.com,,,+48 22 123 45 67\n',
    );
    expect([jan?.email, jan?.phone]).toEqual(['jan@acme.pl', '+48 600 100 200']);
    expect([ewa?.email, ewa?.phone]).toEqual(['ewa@gmail.com', '+48 22 123 45 67']);
  });

  it.each(['Company Domain', 'Domain name', 'companyDomain'])('a "%s" column is the website', (header) => {
    expect(people(`Name,Email,${header}\nJan Kowalski,jan@acme.pl,acme.pl\n`)[0]?.website).toBe('https://acme.pl/');
  });
});

describe('Sales Navigator exporters', () => {
  it('a past employer’s company link is not the lead’s company, even where the current one is empty', () => {
    const [jan, ewa] = people(
      'profileUrl,fullName,companyName,companyUrl,pastExperienceCompanyName,pastExperienceCompanyUrl\n' +
        '"https://www.linkedin.com/sales/lead/ACwAAAB1234567,NAME_SEARCH,abCd",Jan Kowalski,,,Oldco,https://www.linkedin.com/sales/company/9999\n' +
        '"https://www.linkedin.com/sales/lead/ACwAAAB7654321,NAME_SEARCH,abCd",Ewa Nowak,Acme,https://www.linkedin.com/sales/company/1234,Oldco,https://www.linkedin.com/sales/company/9999\n',
    );
    expect(jan?.companyLinkedinUrl).toBeUndefined();
    expect(ewa?.companyLinkedinUrl).toBe('https://www.linkedin.com/company/1234/');
  });

  it.each(['Previous company LinkedIn', 'Former employer URL', 'Poprzednia firma LinkedIn', 'Предыдущая компания'])('nor is one in a "%s" column', (header) => {
    expect(people(`Name,${header}\nJan Kowalski,https://www.linkedin.com/company/oldco\n`)[0]?.companyLinkedinUrl).toBeUndefined();
  });
});
