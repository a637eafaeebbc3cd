/**
 * Which CSV column fills which lead field. Headers are matched by meaning in the
 * languages of the reps (English, Polish, Romanian, Russian) and by the names
 * the CRMs use in their exports and in our own presets, ignoring case, accents,
 * spaces and punctuation ("E-mail", "email", "Adresă de e-mail" all match).
 */
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from './import-codes';
import { LEAD_CSV_COLUMNS } from './csv-presets';
import { isLinkField, linkTarget, shownText } from './import-cells';
import { linkColumnField } from './link-columns';

export { IMPORT_FIELDS, MAPPING_TARGETS, type ImportField, type ImportMapping, type MappingTarget } from './import-codes';

// Each field's own name is a synonym too, so files exported with the 'all' preset map back by themselves.
const SYNONYMS: Record<ImportField, readonly string[]> = {
  fullName: [
    'Full Name', 'Name', 'Contact Name', 'Contact', 'Person', 'Person Name', 'Person - Name', 'Lead Name',
    'Imię i nazwisko', 'Osoba', 'Osoba kontaktowa',
    'Nume complet', 'Nume și prenume', 'Nume prenume', 'Persoană de contact',
    'ФИО', 'Полное имя', 'Имя и фамилия', 'Контактное лицо',
  ],
  firstName: ['First Name', 'First', 'Given Name', 'Forename', 'Imię', 'Prenume', 'Имя'],
  lastName: ['Last Name', 'Last', 'Surname', 'Family Name', 'Nazwisko', 'Nume', 'Nume de familie', 'Фамилия'],
  headline: ['Headline', 'LinkedIn Headline', 'Profile Headline', 'Nagłówek', 'Titlu profil', 'Заголовок', 'Заголовок профиля'],
  title: [
    'Title', 'Job Title', 'Position', 'Job Position', 'Role', 'Job Role', 'Designation',
    // Google Contacts (now, and before 2023).
    'Organization Title', 'Organization 1 - Title',
    'Stanowisko', 'Stanowisko pracy', 'Funkcja',
    'Funcție', 'Funcția', 'Poziție', 'Titlul postului',
    'Должность', 'Позиция',
  ],
  companyName: [
    'Company', 'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Organization - Name', 'Account', 'Account Name', 'Employer',
    'Company / Account', // Salesforce reports on leads and contacts
    'Organization 1 - Name', 'Person - Organization', // Google Contacts before 2023; Pipedrive's deal exports
    'Firma', 'Nazwa firmy', 'Organizacja', 'Pracodawca', 'Firma / Konto',
    'Companie', 'Compania', 'Firmă', 'Numele companiei', 'Organizație', 'Angajator', 'Companie / Cont',
    'Компания', 'Организация', 'Название компании', 'Место работы',
  ],
  companyLinkedinUrl: [
    'Company LinkedIn', 'Company LinkedIn URL', 'Company LinkedIn Page', 'LinkedIn Company Page', 'Organization LinkedIn',
    'LinkedIn firmy', 'LinkedIn companie', 'LinkedIn компании',
  ],
  location: [
    'Location', 'City', 'Town', 'Locality',
    'Miasto', 'Lokalizacja', 'Miejscowość',
    'Oraș', 'Locație', 'Localitate',
    'Город', 'Местоположение', 'Населённый пункт',
  ],
  linkedinUrl: [
    'LinkedIn', 'LinkedIn URL', 'LinkedIn Profile', 'LinkedIn Profile URL', 'Profile URL', 'Person LinkedIn URL',
    'Profil LinkedIn', 'Link do LinkedIn', 'Adres LinkedIn',
    'Link LinkedIn',
    'Профиль LinkedIn', 'Ссылка на LinkedIn',
  ],
  salesNavUrl: ['Sales Navigator', 'Sales Navigator URL', 'Sales Nav URL', 'Sales Navigator Profile'],
  email: [
    'Email', 'E-mail', 'Email Address', 'Mail', 'Work Email', 'Business Email', 'Primary Email', 'Person - Email', 'Email - Work',
    // Outlook's second and third; Google Contacts' numbered values; Pipedrive's by kind, in person and deal exports.
    'E-mail 2 Address', 'E-mail 3 Address', 'E-mail 1 - Value', 'E-mail 2 - Value', 'E-mail 3 - Value',
    'Email - Home', 'Email - Other', 'Person - Email - Work', 'Person - Email - Home', 'Person - Email - Other',
    // Enrichment tools number them ("Email 1", "Email 2"; their "Email 1 Type" is no address).
    'Email 1', 'Email 2', 'Email 3',
    'Adres e-mail', 'Poczta', 'Poczta e-mail', 'E-mail służbowy',
    'Adresă de e-mail', 'Poștă electronică',
    'Электронная почта', 'Почта', 'Эл. почта', 'Адрес электронной почты', 'Адрес эл. почты', 'Емейл', 'Имейл',
  ],
  phone: [
    'Phone', 'Phone Number', 'Telephone', 'Tel', 'Mobile', 'Mobile Phone', 'Mobile Phone Number', 'Cell', 'Work Phone', 'Person - Phone', 'Phone - Work',
    // Apollo's exports: a person's numbers in separate columns.
    'First Phone', 'Work Direct Phone', 'Corporate Phone', 'Home Phone', 'Other Phone',
    // Outlook's; Google Contacts' numbered values; Pipedrive's by kind, in person and deal exports.
    'Business Phone', 'Business Phone 2', 'Primary Phone', 'Company Main Phone', 'Phone 1 - Value', 'Phone 2 - Value', 'Phone 3 - Value',
    'Phone - Mobile', 'Phone - Home', 'Phone - Other', 'Person - Phone - Work', 'Person - Phone - Mobile', 'Person - Phone - Home', 'Person - Phone - Other',
    'Phone 1', 'Phone 2', 'Phone 3',
    'Telefon', 'Numer telefonu', 'Nr telefonu', 'Nr tel', 'Komórka', 'Telefon komórkowy', 'Telefon służbowy', 'Telefon stacjonarny',
    'Număr de telefon', 'Mobil', 'Telefon mobil', 'Telefon serviciu', 'Telefon fix',
    'Телефон', 'Номер телефона', 'Мобильный', 'Мобильный телефон', 'Тел', 'Рабочий телефон', 'Контактный телефон',
  ],
  website: [
    'Website', 'Website URL', 'Web', 'Web Site', 'URL', 'Homepage', 'Site', 'Company Website', 'Domain', 'Domain Name', 'Company Domain', 'Company Domain Name',
    'Web Page', 'Website 1 - Value', // Outlook; Google Contacts
    'Strona www', 'Strona internetowa', 'WWW', 'Witryna',
    'Site web', 'Pagina web',
    'Сайт', 'Веб-сайт',
  ],
};

/** Case-, accent- and punctuation-free form of a header: "Adresă de e-mail" → "adresademail". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l') // ł has no decomposition, unlike ą, ș or й
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Every synonym's key → its field. */
export const HEADER_SYNONYMS: ReadonlyMap<string, ImportField> = new Map(
  IMPORT_FIELDS.flatMap((field) => [field, ...SYNONYMS[field]].map((s) => [headerKey(s), field] as const)),
);

/**
 * Headers of columns that hold another field than a lead's links: the columns our own exports
 * write that an import does not fill (notes, referredBy, Description...), and a referrer column
 * of other tools. Never mapped by their values: a referrer's profile link in "referredBy" was
 * taken for the lead's own, and the lead merged into the referrer's when the export came back.
 */
const OTHER_FIELD_HEADERS: ReadonlySet<string> = new Set(
  [...Object.values(LEAD_CSV_COLUMNS).flatMap((columns) => columns.map((c) => c.header)), 'Referred by', 'Referrer', 'Referral']
    .map(headerKey)
    .filter((key) => !HEADER_SYNONYMS.has(key)),
);

/**
 * Headers about a past job (Sales Navigator exporters' "pastExperienceCompanyUrl", "Previous
 * company"): its company link is not the lead's, and filled the lead's company page when the
 * current one was empty. Matched on the header's key, in the reps' four languages.
 */
const PAST_JOB_HEADER = /past|previous|former|prior|poprzedni|dawn|anterio|fost|предыдущ|прежн|бывш/;

/** Whether a header names a field: how the parser tells a header row from lines above it. */
export const isKnownHeader = (header: string): boolean => HEADER_SYNONYMS.has(headerKey(header));

/**
 * A target for every column. Every column that names a field maps to it: a row takes the
 * first of them that is not empty (previewImport), so HubSpot's empty "Phone Number"
 * falls back to its "Mobile Phone Number", and Apollo's five phone columns to whichever
 * holds a number. A column of LinkedIn links (its first `rows` say) goes to the field of
 * their kind whatever its header says (link-columns.ts).
 */
export function autoMapping(headers: readonly string[], rows: readonly (readonly string[])[] = []): ImportMapping {
  const mapping: ImportMapping = {};
  headers.forEach((header, index) => {
    if (OTHER_FIELD_HEADERS.has(headerKey(header)) || PAST_JOB_HEADER.test(headerKey(header))) {
      mapping[index] = 'ignore';
      return;
    }
    const named = HEADER_SYNONYMS.get(headerKey(header));
    // Links a sheet shows decide whatever the header; links behind formulas only where the
    // header names no text: a "Name" column of names linked to profiles stays the name.
    const linked = linkColumnField(rows, index, shownText) ?? (named && !isLinkField(named) ? undefined : linkColumnField(rows, index, linkTarget));
    mapping[index] = linked ?? named ?? 'ignore';
  });
  return withLoneNameColumn(mapping, rows);
}

/** Rows read to judge a name column (as many as the link columns' sample). */
const NAME_SAMPLE_ROWS = 200;

/** Whether most non-empty cells of a column (in its first rows) hold two words or more. */
function holdsFullNames(rows: readonly (readonly string[])[], column: number): boolean {
  const values = rows.slice(0, NAME_SAMPLE_ROWS).map((cells) => shownText(cells[column] ?? '')).filter(Boolean);
  return values.filter((value) => value.split(/\s+/).length >= 2).length * 2 > values.length;
}

/**
 * A sheet whose only name column is a first name ("Имя", "Imię", "Prenume") or a last name
 * ("Nume") often holds whole names in it ("Иван Петров"): read as a first name, the lead had
 * no last name and the exports split nothing. When no other column names the person and most
 * of its cells hold two words or more, it is the full name; a column of single names stays.
 */
function withLoneNameColumn(mapping: ImportMapping, rows: readonly (readonly string[])[]): ImportMapping {
  const columns = (field: ImportField) => Object.keys(mapping).filter((index) => mapping[Number(index)] === field).map(Number);
  if (columns('fullName').length > 0) return mapping;
  const [first, last] = [columns('firstName'), columns('lastName')];
  const lone = first.length > 0 && last.length === 0 ? first : last.length > 0 && first.length === 0 ? last : [];
  if (lone.length !== 1 || !holdsFullNames(rows, lone[0]!)) return mapping;
  return { ...mapping, [lone[0]!]: 'fullName' };
}

/** Synonyms per field, for a test that no header names two fields. */
export const FIELD_SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = SYNONYMS;
