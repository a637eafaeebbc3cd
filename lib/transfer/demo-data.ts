/**
 * Made-up people and companies for the demo pipeline: names from the markets the
 * extension is used in (English, Polish, Romanian, Russian), with their
 * diacritics and scripts, so search, sorting and display are seen with real-looking
 * text. Companies use the reserved .example domain: no demo e-mail can reach anyone.
 */

/** A first or last name as shown, and the ASCII form used in e-mail addresses. */
export type DemoName = readonly [shown: string, ascii: string];

export type DemoCulture = {
  male: readonly DemoName[];
  female: readonly DemoName[];
  /** Surnames as [male form, female form] (Polish -ski/-ska, Russian -ов/-ова). */
  surnames: readonly (readonly [DemoName, DemoName])[];
  cities: readonly string[];
  phonePrefix: string;
  /** Job titles in the local language (the Polish ones match the default persona). */
  localTitles: readonly string[];
};

const same = (...names: string[]): DemoName[] => names.map((n) => [n, asciiOf(n)] as const);
const both = (name: string): readonly [DemoName, DemoName] => [[name, asciiOf(name)], [name, asciiOf(name)]];
const pair = (male: string, female: string): readonly [DemoName, DemoName] => [[male, asciiOf(male)], [female, asciiOf(female)]];

/** Latin letters without their marks (ł and ș/ț are not decomposable, so they are mapped by hand). */
function asciiOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export const CULTURES: readonly DemoCulture[] = [
  {
    male: same('James', 'Oliver', 'Michael', 'Daniel', 'Thomas', 'Ryan', 'Nathan', 'George'),
    female: same('Emily', 'Sarah', 'Charlotte', 'Grace', 'Hannah', 'Olivia', 'Megan', 'Laura'),
    surnames: ['Smith', 'Turner', 'Walker', 'Hughes', 'Bennett', 'Clarke', "O'Brien", 'Fitzgerald', 'Morgan', 'Reed'].map(both),
    cities: ['London, United Kingdom', 'Manchester, United Kingdom', 'New York, United States', 'Austin, Texas', 'Dublin, Ireland'],
    phonePrefix: '+44 7700 9',
    localTitles: [],
  },
  {
    male: same('Łukasz', 'Paweł', 'Michał', 'Grzegorz', 'Wojciech', 'Krzysztof', 'Tomasz', 'Jędrzej'),
    female: same('Agnieszka', 'Małgorzata', 'Katarzyna', 'Joanna', 'Żaneta', 'Magdalena', 'Urszula', 'Zofia'),
    surnames: [
      pair('Kowalski', 'Kowalska'),
      pair('Wiśniewski', 'Wiśniewska'),
      pair('Wójcik', 'Wójcik'),
      pair('Zieliński', 'Zielińska'),
      pair('Dąbrowski', 'Dąbrowska'),
      pair('Krawczyk', 'Krawczyk'),
      pair('Łuczak', 'Łuczak'),
      pair('Szczęsny', 'Szczęsna'),
      pair('Żółkiewski', 'Żółkiewska'),
      pair('Nowak', 'Nowak'),
    ],
    cities: ['Warszawa, Polska', 'Kraków, Polska', 'Wrocław, Polska', 'Gdańsk, Polska', 'Łódź, Polska', 'Poznań, Polska'],
    phonePrefix: '+48 600 1',
    localTitles: ['Dyrektor Sprzedaży', 'Dyrektor Handlowy', 'Kierownik Zakupów'],
  },
  {
    male: same('Ștefan', 'Mihai', 'Andrei', 'Bogdan', 'Răzvan', 'Cătălin', 'Ionuț', 'Vlad'),
    female: same('Ioana', 'Andreea', 'Mădălina', 'Alexandra', 'Cristina', 'Ana-Maria', 'Roxana', 'Bianca'),
    surnames: ['Popescu', 'Ionescu', 'Rădulescu', 'Mihăilescu', 'Țurcanu', 'Constantinescu', 'Stănescu', 'Dumitrașcu', 'Munteanu', 'Georgescu'].map(both),
    cities: ['București, România', 'Cluj-Napoca, România', 'Iași, România', 'Timișoara, România', 'Brașov, România'],
    phonePrefix: '+40 722 1',
    localTitles: ['Director Vânzări', 'Manager Achiziții'],
  },
  {
    male: [
      ['Дмитрий', 'dmitry'],
      ['Алексей', 'alexey'],
      ['Сергей', 'sergey'],
      ['Артём', 'artem'],
      ['Фёдор', 'fedor'],
      ['Игорь', 'igor'],
    ],
    female: [
      ['Анна', 'anna'],
      ['Екатерина', 'ekaterina'],
      ['Алёна', 'alena'],
      ['Мария', 'maria'],
      ['Ольга', 'olga'],
      ['Наталья', 'natalya'],
    ],
    surnames: [
      [['Смирнов', 'smirnov'], ['Смирнова', 'smirnova']],
      [['Кузнецов', 'kuznetsov'], ['Кузнецова', 'kuznetsova']],
      [['Соловьёв', 'solovyov'], ['Соловьёва', 'solovyova']],
      [['Волков', 'volkov'], ['Волкова', 'volkova']],
      [['Лебедев', 'lebedev'], ['Лебедева', 'lebedeva']],
      [['Фёдоров', 'fedorov'], ['Фёдорова', 'fedorova']],
    ],
    cities: ['Москва, Россия', 'Санкт-Петербург, Россия', 'Новосибирск, Россия', 'Казань, Россия'],
    phonePrefix: '+7 912 1',
    localTitles: ['Директор по продажам', 'Руководитель отдела закупок'],
  },
];

/** Companies with a domain (reserved .example), and the culture (index in CULTURES) they are based in. */
export const COMPANIES: readonly { name: string; domain: string; market: number }[] = [
  { name: 'Northwind Logistics', domain: 'northwind.example', market: 0 },
  { name: 'Brightline Analytics', domain: 'brightline.example', market: 0 },
  { name: 'Harbour & Finch', domain: 'harbourfinch.example', market: 0 },
  { name: 'Kestrel Health', domain: 'kestrelhealth.example', market: 0 },
  { name: 'Quarry Lane Retail', domain: 'quarrylane.example', market: 0 },
  { name: 'Wisła Software', domain: 'wisla-software.example', market: 1 },
  { name: 'Bałtyk Cargo', domain: 'baltyk-cargo.example', market: 1 },
  { name: 'Zielona Energia', domain: 'zielona-energia.example', market: 1 },
  { name: 'Tatra Fintech', domain: 'tatra-fintech.example', market: 1 },
  { name: 'Mazowsze Meble', domain: 'mazowsze-meble.example', market: 1 },
  { name: 'Carpați Data', domain: 'carpati-data.example', market: 2 },
  { name: 'Dunărea Agro', domain: 'dunarea-agro.example', market: 2 },
  { name: 'Transilvania Robotics', domain: 'transilvania-robotics.example', market: 2 },
  { name: 'Brașov Cloud', domain: 'brasov-cloud.example', market: 2 },
  { name: 'Волга Аналитика', domain: 'volga-analytics.example', market: 3 },
  { name: 'Сибирь Логистик', domain: 'sibir-logistic.example', market: 3 },
  { name: 'Ural Steelworks', domain: 'uralsteel.example', market: 3 },
  { name: 'Nevsky Payments', domain: 'nevsky-pay.example', market: 3 },
  { name: 'Copperleaf Media', domain: 'copperleaf.example', market: 0 },
  { name: 'Silverpine Insurance', domain: 'silverpine.example', market: 0 },
];

/** Titles from junior to C-level; the sales-leader ones match the default persona (they score). */
export const TITLES: readonly string[] = [
  'Head of Sales',
  'VP Sales',
  'Sales Director',
  'Chief Revenue Officer',
  'Director of Sales Operations',
  'Account Executive',
  'Sales Development Representative',
  'Marketing Manager',
  'Head of Growth',
  'Chief Executive Officer',
  'Chief Technology Officer',
  'Operations Manager',
  'Procurement Lead',
  'Founder',
];

export const EXTRA_TAGS: readonly string[] = ['saas', 'enterprise', 'smb', 'q3-campaign', 'conference', 'partner', 'warm-intro'];

export const LOST_REASONS: readonly string[] = [
  'No budget this year',
  'Chose a competitor',
  'No decision: went quiet',
  'Timing: revisit next quarter',
  'Not the right fit',
];

export const NEXT_STEPS: readonly string[] = [
  'Send the proposal',
  'Book the product demo',
  'Follow up on pricing questions',
  'Intro to their CFO',
  'Share the security questionnaire',
  'Check in after their board meeting',
];
