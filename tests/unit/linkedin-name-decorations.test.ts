/**
 * Names as people decorate them on LinkedIn, put into a real logged-in profile (../shared/linkedin-real,
 * 01, classes hashed) and into a people-search row: what the rep sees saved is the person's name, split
 * into first and last name (greetings in sequences and the CRM's contact need both).
 */
import { describe, expect, it } from 'vitest';
import { extractLinkedIn } from '../../lib/capture/linkedin';
import { cleanPersonName } from '../../lib/leads/person-name';
import { pickedPersonCapture } from '../../lib/capture/list-capture';
import { readRealPage } from '../e2e/fixtures/linkedin-real';

const NOW = 1_700_000_000_000;
const URL_01 = 'https://www.linkedin.com/in/eduardo-alvarez-nowak/';

function renamed(full: string, first: string): Document {
  const html = readRealPage('01-li-profile-2024-eduardo.html').split('Eduardo Alvarez Nowak').join(full).split('Eduardo').join(first);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let n = 0;
  for (const el of doc.querySelectorAll('[class]')) el.setAttribute('class', `h${(n += 1).toString(36)}x`);
  return doc;
}

describe('a decorated name on a real profile', () => {
  it.each([
    ['Jan Kowalski, MBA', 'Jan', 'Jan Kowalski', 'Jan', 'Kowalski'],
    ['Иван Петров 🚀', 'Иван', 'Иван Петров', 'Иван', 'Петров'],
    ['Анна-Мария Смирнова (она/её)', 'Анна-Мария', 'Анна-Мария Смирнова', 'Анна-Мария', 'Смирнова'],
    ['Ștefan Rădulescu, PhD', 'Ștefan', 'Ștefan Rădulescu', 'Ștefan', 'Rădulescu'],
    ['Anna Nowak | Sales Coach', 'Anna', 'Anna Nowak', 'Anna', 'Nowak'],
    ['Łukasz Żółć 🇵🇱 | Head of Sales CEE', 'Łukasz', 'Łukasz Żółć', 'Łukasz', 'Żółć'],
    ['Ioana Popescu ｜ B2B', 'Ioana', 'Ioana Popescu', 'Ioana', 'Popescu'],
  ])('%s', { timeout: 60_000 }, (shown, first, fullName, firstName, lastName) => {
    const result = extractLinkedIn(renamed(shown, first), URL_01, NOW);
    if (!result.ok || result.capture.kind !== 'person') throw new Error(JSON.stringify(result));
    expect(result.capture.person).toMatchObject({ fullName, firstName, lastName });
  });
});

describe('the same name in a search row', () => {
  it('is saved without its tagline, split into first and last name', () => {
    const capture = pickedPersonCapture({ name: 'Anna Nowak | Sales Coach', profileUrl: 'https://www.linkedin.com/in/anna-nowak/' }, 'https://www.linkedin.com/search/results/people/?keywords=x', 'search-people', NOW);
    expect(capture).toMatchObject({ fullName: 'Anna Nowak', firstName: 'Anna', lastName: 'Nowak' });
  });

  it('a leading bar is dropped, and a bar without spaces (no tagline) is left as it is', () => {
    expect(cleanPersonName('| Anna Nowak')).toBe('Anna Nowak');
    expect(cleanPersonName('Anna|Nowak')).toBe('Anna|Nowak');
  });
});
