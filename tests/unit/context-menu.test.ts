import { describe, expect, it } from 'vitest';
import { draftFromMailto, draftFromProfileLink, draftFromSelection } from '../../lib/capture/context-menu';
import { PersonCaptureSchema } from '../../lib/capture/schema';

/** Context-menu drafts: tables of what a rep might right-click, and what must come out. */

const NOW = 1_750_000_000_000;
const PAGE = 'https://conference.example/speakers';
const stamp = { source: 'context-menu', sourceUrl: PAGE, capturedAt: NOW };

describe('draftFromSelection', () => {
  const cases: [string, string, Record<string, string> | undefined][] = [
    ['a bare name', 'Jane Doe', { fullName: 'Jane Doe' }],
    ['name, title at company', 'Jane Doe, VP Sales at Acme Corp', { fullName: 'Jane Doe', title: 'VP Sales', companyName: 'Acme Corp' }],
    ['dash-separated', 'Jane Doe – Head of Growth – Acme', { fullName: 'Jane Doe', title: 'Head of Growth', companyName: 'Acme' }],
    ['pipe-separated, company first', 'Jane Doe | Acme Inc. | Chief Revenue Officer', { fullName: 'Jane Doe', companyName: 'Acme Inc.', title: 'Chief Revenue Officer' }],
    ['name <email>', 'Jane Doe <Jane.Doe@Acme.example>', { fullName: 'Jane Doe', email: 'jane.doe@acme.example' }],
    ['"@" instead of "at"', 'Jan Kowalski, CTO @ Nowak sp. z o.o.', { fullName: 'Jan Kowalski', title: 'CTO', companyName: 'Nowak sp. z o.o.' }],
    [
      'a signature block',
      'Jane Doe\nVP Sales\nAcme Corp\nE-mail: jane@acme.example\nTel. +48 600 100 200',
      { fullName: 'Jane Doe', title: 'VP Sales', companyName: 'Acme Corp', email: 'jane@acme.example', phone: '+48 600 100 200' },
    ],
    [
      'a block with contact details in the name line and a LinkedIn URL',
      '  Анна Петрова, jane@acme.example, +7 (495) 123-45-67\nhttps://www.linkedin.com/in/anna-petrova/\n',
      { fullName: 'Анна Петрова', email: 'jane@acme.example', phone: '+7 (495) 123-45-67', linkedinUrl: 'https://www.linkedin.com/in/anna-petrova/', publicId: 'anna-petrova' },
    ],
    ['a table row (tabs)', 'Ana Popescu\tAccount Executive\tCarpathia SRL', { fullName: 'Ana Popescu', title: 'Account Executive', companyName: 'Carpathia SRL' }],
    ['particles', 'Ludwig van Beethoven', { fullName: 'Ludwig van Beethoven' }],
    ['credentials are not a company', 'Jane Doe, MBA – Head of Sales – Acme', { fullName: 'Jane Doe', title: 'Head of Sales', companyName: 'Acme' }],
    ['only a LinkedIn URL', 'see https://www.linkedin.com/in/jane-doe/', { linkedinUrl: 'https://www.linkedin.com/in/jane-doe/', publicId: 'jane-doe' }],
    ['only an e-mail', 'write to jane@acme.example today', { email: 'jane@acme.example' }],
    ['RTL override removed', 'Jane\u202E Doe', { fullName: 'Jane Doe' }],
    ['a date is not a phone', 'Jane Doe\n2024-01-05', { fullName: 'Jane Doe' }],
    ['a call to action', 'Contact us', undefined],
    ['a title alone', 'VP Sales at Acme Corp', undefined],
    ['lower-case prose', 'we met at the conference last week', undefined],
    ['a single word', 'Jane', undefined],
    ['a phone alone', '+48 600 100 200', undefined],
    ['markup', '<img src=x onerror=alert(1)> Doe', undefined],
    ['empty', '   ', undefined],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    const result = draftFromSelection(text, PAGE, NOW);
    expect(result).toEqual(expected === undefined ? undefined : { ...expected, ...stamp });
  });

  it('uses only the start of a very long selection', () => {
    const text = `Jane Doe\n${'lorem ipsum '.repeat(1000)}\nlate@acme.example`;
    expect(draftFromSelection(text, PAGE, NOW)).toEqual({ fullName: 'Jane Doe', ...stamp });
  });

  it('drops a non-http page URL but keeps the draft', () => {
    expect(draftFromSelection('Jane Doe', 'chrome://newtab', NOW)).toEqual({ fullName: 'Jane Doe', source: 'context-menu', capturedAt: NOW });
  });
});

describe('draftFromMailto', () => {
  const cases: [string, string, string | undefined, Record<string, string> | undefined][] = [
    ['plain', 'mailto:jane@acme.example', 'Jane Doe', { email: 'jane@acme.example', fullName: 'Jane Doe' }],
    ['with subject', 'mailto:Jane@Acme.example?subject=Hello%20there&body=x', undefined, { email: 'jane@acme.example' }],
    ['percent-encoded', 'mailto:jane%2Edoe%40acme.example', 'jane.doe@acme.example', { email: 'jane.doe@acme.example' }],
    ['several addresses: the first', 'mailto:jane@acme.example,bob@acme.example', 'Team', { email: 'jane@acme.example' }],
    ['link text is a call to action', 'mailto:jane@acme.example', 'Email me', { email: 'jane@acme.example' }],
    ['link text "Contact us"', 'MAILTO:info@acme.example', 'Contact us', { email: 'info@acme.example' }],
    ['name and address in link text', 'mailto:jane@acme.example', 'Jane Doe <jane@acme.example>', { email: 'jane@acme.example', fullName: 'Jane Doe' }],
    ['no address', 'mailto:?subject=hi', 'Jane Doe', undefined],
    ['not a mailto', 'https://acme.example', 'Jane Doe', undefined],
    ['javascript', 'mailto:javascript:alert(1)', 'Jane Doe', undefined],
  ];
  it.each(cases)('%s', (_label, href, text, expected) => {
    expect(draftFromMailto(href, text, PAGE, NOW)).toEqual(expected === undefined ? undefined : { ...expected, ...stamp });
  });
});

describe('draftFromProfileLink', () => {
  const cases: [string, string, string | undefined, Record<string, string> | undefined][] = [
    ['canonical', 'https://www.linkedin.com/in/jane-doe/', 'Jane Doe', { linkedinUrl: 'https://www.linkedin.com/in/jane-doe/', publicId: 'jane-doe', fullName: 'Jane Doe' }],
    ['country host, locale, query', 'https://pl.linkedin.com/in/Jane-Doe/pl?trk=x', undefined, { linkedinUrl: 'https://www.linkedin.com/in/jane-doe/', publicId: 'jane-doe' }],
    ['relative link on linkedin.com', '/in/jane-doe', 'View Jane Doe’s profile', { linkedinUrl: 'https://www.linkedin.com/in/jane-doe/', publicId: 'jane-doe', fullName: 'Jane Doe' }],
    [
      'search result card text',
      'https://www.linkedin.com/in/jane-doe?miniProfileUrn=x',
      'Jane Doe\n• 2nd\nVP Sales at Acme',
      { linkedinUrl: 'https://www.linkedin.com/in/jane-doe/', publicId: 'jane-doe', fullName: 'Jane Doe', title: 'VP Sales', companyName: 'Acme' },
    ],
    ['link text not a name', 'https://www.linkedin.com/in/jane-doe/', 'LinkedIn', { linkedinUrl: 'https://www.linkedin.com/in/jane-doe/', publicId: 'jane-doe' }],
    ['Sales Navigator lead', 'https://www.linkedin.com/sales/lead/ACwAAAB1234,NAME_SEARCH,abcd', 'Jane Doe', { salesNavUrl: 'https://www.linkedin.com/sales/lead/ACwAAAB1234/', fullName: 'Jane Doe' }],
    ['company page', 'https://www.linkedin.com/company/acme/', 'Acme', undefined],
    ['feed', 'https://www.linkedin.com/feed/', 'Home', undefined],
    ['another site', 'https://example.com/in/jane-doe', 'Jane Doe', undefined],
    ['javascript', 'javascript:alert(1)', 'Jane Doe', undefined],
  ];
  it.each(cases)('%s', (_label, href, text, expected) => {
    const page = href.startsWith('/') ? 'https://www.linkedin.com/search/results/people/' : PAGE;
    const result = draftFromProfileLink(href, text, page, NOW);
    expect(result).toEqual(expected === undefined ? undefined : { ...expected, ...stamp, sourceUrl: page });
  });

  it('every draft passes the schema', () => {
    const drafts = [
      draftFromSelection('Jane Doe, VP Sales at Acme Corp', PAGE, NOW),
      draftFromMailto('mailto:jane@acme.example', 'Jane Doe', PAGE, NOW),
      draftFromProfileLink('https://www.linkedin.com/in/jane-doe/', 'Jane Doe', PAGE, NOW),
    ];
    for (const draft of drafts) expect(PersonCaptureSchema.safeParse(draft).success).toBe(true);
  });
});

describe('draftFromSelection: what company contact blocks hold besides the person', () => {
  const sel = (text: string) => draftFromSelection(text, PAGE, NOW);
  it('a tax or registry number (NIP, REGON, KRS, ИНН, ОГРН) is not the phone', () => {
    expect(sel('Jan Kowalski\nNIP: 525-000-12-34\ntel. 22 123 45 67')?.phone).toBe('22 123 45 67');
    expect(sel('Jan Kowalski\nREGON: 012345678')?.phone).toBeUndefined();
    expect(sel('Anna Nowak\nKRS: 0000123456\nanna@firma.pl')?.phone).toBeUndefined();
    expect(sel('Иван Петров\nИНН 7701234567\nТел.: +7 (495) 123-45-67')?.phone).toBe('+7 (495) 123-45-67');
    expect(sel('Иван Петров\nОГРН 1027700132195\nivan@firma.ru')?.phone).toBeUndefined();
  });
  it('a spelled-out address is the e-mail, not the company', () => {
    const d = sel('Jan Kowalski\njan [at] firma [dot] pl');
    expect(d?.email).toBe('jan@firma.pl');
    expect(d?.companyName).toBeUndefined();
    expect(sel('Jan Kowalski, jan(at)firma.pl')?.email).toBe('jan@firma.pl');
  });
  it('a name followed by a bracketed title or pronouns is still a name', () => {
    expect(sel('Jan Kowalski (CEO)\nBudex Sp. z o.o.')).toMatchObject({ fullName: 'Jan Kowalski', title: 'CEO', companyName: 'Budex Sp. z o.o.' });
    expect(sel('Jane Doe (she/her)\nHead of Growth')).toMatchObject({ fullName: 'Jane Doe', title: 'Head of Growth' });
  });
  it('a street or postal-code line is neither title nor company; the town is the location', () => {
    const d = sel('Anna Nowak\nul. Prosta 12, 00-850 Warszawa');
    expect(d).toMatchObject({ fullName: 'Anna Nowak', location: 'Warszawa' });
    expect(d?.companyName).toBeUndefined();
    expect(d?.title).toBeUndefined();
    expect(sel('Andrei Popescu\nDirector Vânzări\nStr. Unirii 5, 010011 București')).toMatchObject({ title: 'Director Vânzări', location: 'București' });
  });
});
