/**
 * What a sheet means by its name column and its LinkedIn links, read the way a rep wrote them:
 * a lone "Имя" column of whole names, and LinkedIn's old /pub/ profile links.
 */
import { describe, expect, it } from 'vitest';
import { autoMapping, classifyDuplicates, parseCsv, previewImport } from '../../lib/transfer/csv-import';
import { freshDb, NOW, sequentialIds } from './helpers/db';

function importText(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const mapping = autoMapping(parsed.headers, parsed.rows);
  return { mapping, preview: previewImport(parsed, mapping, NOW) };
}

const names = (text: string) => importText(text).preview.captures.map(({ person }) => [person.fullName, person.firstName, person.lastName]);

describe('a lone first- or last-name column', () => {
  it.each([
    ['Имя', 'Иван Петров', 'Мария Сидорова'],
    ['Imię', 'Jan Kowalski', 'Anna Nowak'],
    ['Prenume', 'Ion Popescu', 'Maria Ionescu'],
    ['First name', 'John Smith', 'Jane Doe'],
    ['Nume', 'Ion Popescu', 'Maria Ionescu'],
  ])('%s holding whole names in most cells is the full name', (header, a, b) => {
    expect(names(`${header},Email\n${a},a@x.pl\n${b},b@x.pl\nOla,c@x.pl\n`)).toEqual([
      [a, undefined, undefined],
      [b, undefined, undefined],
      ['Ola', undefined, undefined],
    ]);
  });

  it('stays a first name when most cells are one word', () => {
    expect(names('Imię,Email\nJan,a@x.pl\nAnna,b@x.pl\nJan Paweł,c@x.pl\n')).toEqual([
      ['Jan', 'Jan', undefined],
      ['Anna', 'Anna', undefined],
      ['Jan Paweł', 'Jan Paweł', undefined],
    ]);
  });

  it('stays a first name beside a last-name or a full-name column', () => {
    expect(names('Имя,Фамилия,Email\nИван Сергеевич,Петров,a@x.pl\n')).toEqual([['Иван Сергеевич Петров', 'Иван Сергеевич', 'Петров']]);
    expect(importText('Name,First name,Email\nJan Kowalski,Jan Paweł,a@x.pl\n').mapping).toEqual({ 0: 'fullName', 1: 'firstName', 2: 'email' });
  });
});

describe('LinkedIn /pub/ links in a file', () => {
  it('are the lead’s profile, and fold with the /in/ link of the same person', async () => {
    const { preview } = importText(
      'Name,LinkedIn URL\nKrzysztof Marzec,https://pl.linkedin.com/pub/krzysztof-marzec/a7/576/b50?trk=prof\nK. Marzec,https://www.linkedin.com/in/krzysztof-marzec-b50576a7\n',
    );
    expect(preview.refused).toEqual([]);
    expect(preview.captures.map((c) => c.person.linkedinUrl)).toEqual(Array(2).fill('https://www.linkedin.com/in/krzysztof-marzec-b50576a7/'));
    expect(await classifyDuplicates(freshDb(), preview.captures, NOW, sequentialIds())).toEqual({ created: 1, merged: 1 });
  });
});
