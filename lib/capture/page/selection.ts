import { cleanLine, normalizeEmail, normalizePhone } from '../../schema/text';
import { classifyLinkedInUrl } from '../linkedin-url';
import { isPlausibleName, looksLikeCompany, looksLikeTitle, splitBracketed, splitTitleAtCompany } from './names';
import { bounded, splitSegments } from './text';
import { unspellEmails } from './text-emails';
import type { PersonDraft } from './types';

/**
 * Free text to a person draft: a selection ("Jane Doe, VP Sales at Acme"), a
 * signature block, the text of a link. Contact details (e-mail, phone,
 * LinkedIn URL) are taken out first; the first line that starts with a
 * plausible name gives the name, what follows it the title and company.
 * Scans are character loops and string splits: no backtracking on page text.
 */

const MAX_SELECTION = 2000;
const MAX_LINES = 30;
// Words that announce a phone number; a 7-digit number counts only next to one.
const PHONE_LABELS = new Set(['tel', 'phone', 'mob', 'mobile', 'cell', 't', 'm', 'p', 'telefon', 'telephone', 'тел']);
const TOKEN_EDGES = '<>()[]{}"\'“”‘’,;';

interface Line {
  text: string;
  /** The line held an e-mail, phone or profile URL: a name may sit beside it, a title or company not. */
  contact: boolean;
}

interface ParsedText {
  draft: PersonDraft;
  /** Lines left after contact details were taken out: where name/title/company are. */
  rest: Line[];
}

// Words that only label a contact detail ("E-mail: …", "Tel. …").
const LABELS = new Set(['email', 'e-mail', 'mail', 'e', 'phone', 'tel', 'telephone', 'mobile', 'mob',
  'cell', 't', 'm', 'p', 'w', 'web', 'linkedin', 'telefon', 'тел', 'почта']);

function stripEdges(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && TOKEN_EDGES.includes(token[start]!)) start += 1;
  while (end > start && TOKEN_EDGES.includes(token[end - 1]!)) end -= 1;
  return token.slice(start, end);
}

// Labels of company and tax registry numbers (Polish, Romanian, Russian, EU VAT), right before a run of digits.
const REGISTRY_LABEL = /(?:^|[^\p{L}])(?:nip|regon|krs|pesel|vat(?:\s?id)?|cui|cif|inn|kpp|ogrn|ogrnip|okpo|инн|кпп|огрн|огрнип|окпо|бик)\.?\s?(?:ue|eu)?\s?[:.№#-]?\s*$/iu;

const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const PHONE_CHARS = '+()-. ';

/** "Tel. +48 600" gives the run ". +48 600": a number starts with a digit, "+" or "(", ends with a digit or ")". */
function trimRun(run: string): string {
  let start = 0;
  let end = run.length;
  while (start < end && !isDigit(run[start]!) && run[start] !== '+' && run[start] !== '(') start += 1;
  while (end > start && !isDigit(run[end - 1]!) && run[end - 1] !== ')') end -= 1;
  return run.slice(start, end);
}

/** First phone-looking run of digits and separators; a date (2024-01-05) is not one. */
function findPhone(line: string): { phone: string; run: string } | undefined {
  const labelled = line
    .toLowerCase()
    .split(' ')
    .some((word) => PHONE_LABELS.has(word.endsWith(':') || word.endsWith('.') ? word.slice(0, -1) : word));
  let i = 0;
  while (i < line.length) {
    if (!isDigit(line[i]!) && !PHONE_CHARS.includes(line[i]!)) {
      i += 1;
      continue;
    }
    let j = i;
    let digits = 0;
    while (j < line.length && (isDigit(line[j]!) || PHONE_CHARS.includes(line[j]!))) {
      if (isDigit(line[j]!)) digits += 1;
      j += 1;
    }
    const run = trimRun(line.slice(i, j));
    // "NIP: 525-000-12-34", "ИНН 7701234567": a tax or registry number, however phone-like.
    if (REGISTRY_LABEL.test(line.slice(Math.max(0, i - 16), i))) {
      i = j;
      continue;
    }
    const strong = run.startsWith('+') || run.startsWith('(') || digits >= 9;
    if (digits >= 7 && digits <= 15 && (strong || labelled)) {
      const phone = normalizePhone(run);
      if (phone) return { phone, run };
    }
    i = j;
  }
  return undefined;
}

/** LinkedIn profile in a token such as "https://www.linkedin.com/in/jane" or "www.linkedin.com/in/jane". */
function profileIn(token: string) {
  const lower = token.toLowerCase();
  if (lower.startsWith('www.')) return classifyLinkedInUrl(`https://${token}`);
  return lower.startsWith('http://') || lower.startsWith('https://') ? classifyLinkedInUrl(token) : undefined;
}

/** Take e-mail, phone and LinkedIn URL out of each line; what is left may be name, title, company. */
function parseText(text: string): ParsedText {
  const draft: PersonDraft = {};
  const rest: Line[] = [];
  const lines = bounded(text, MAX_SELECTION).split(/\r\n|\r|\n/).slice(0, MAX_LINES);
  for (const rawLine of lines) {
    // "jan [at] firma [dot] pl" is an address as much as "jan@firma.pl".
    let line = unspellEmails(cleanLine(rawLine.split('\t').join(' | '), 500));
    const found = findPhone(line);
    if (found) {
      draft.phone ??= found.phone;
      line = line.split(found.run).join(' ');
    }
    let contact = Boolean(found);
    const tokens: string[] = [];
    for (const token of line.split(' ')) {
      const bare = stripEdges(token);
      const profile = profileIn(bare);
      if (profile?.kind === 'person') {
        draft.linkedinUrl ??= profile.canonicalUrl;
        draft.publicId ??= profile.publicId;
      }
      // A lone "@" is the "CTO @ Acme" joiner; anything else with "@" is an address or a handle.
      const hasAt = bare !== '@' && bare.includes('@');
      if (hasAt) {
        const address = normalizeEmail(bare);
        if (address) draft.email ??= address;
      }
      if (hasAt || profile) contact = true;
      else tokens.push(token);
    }
    // Second pass: with the contact detail gone, drop the labels that introduced it.
    const kept = tokens.filter((token) => {
      const word = stripEdges(token).toLowerCase();
      const bare = word.endsWith(':') || word.endsWith('.') ? word.slice(0, -1) : word;
      return !(word.endsWith(':') && word.length <= 12) && !(contact && LABELS.has(bare));
    });
    const remainder = cleanLine(kept.join(' '), 500);
    if (remainder && !/^[|,;:–—·•-]*$/.test(remainder.split(' ').join(''))) rest.push({ text: remainder, contact });
  }
  return { draft, rest };
}

/** Put one leftover segment where it fits: "VP at Acme", a title, or a company. */
// LinkedIn list cards add connection degrees and buttons around the name.
// Credentials after a name ("Jane Doe, MBA") are not a company either.
const NOISE = new Set(['1st', '2nd', '3rd', '3rd+', 'connect', 'message', 'follow', 'following', 'pending',
  'view profile', 'mba', 'phd', 'ph.d.', 'cpa', 'cfa', 'pmp', 'msc', 'bsc', 'md', 'jd', 'esq.', 'jr.', 'sr.', 'ii', 'iii']);

// A street ("ul. Prosta 12", "Str. Unirii 5", "ул. Ленина, д. 1") or a postal code ("00-850 Warszawa",
// "010011 București", "123456 Москва"): a line of the address, not a title or a company.
const STREET = /^(?:ul|al|os|pl|str|bd|bdul|b-dul|calea|sos|şos|șos|ул|пр|просп|пер|наб|д)\.\s?\S|^(?:ulica|aleja|strada|улица|проспект)\s/iu;
const POSTAL_CODE = /(?:^|\s)(?:\d{2}-\d{3}|\d{6})(?=\s|$)/u;

function assign(draft: PersonDraft, segment: string): void {
  // A date, a number or a button label is neither a title nor a company.
  if (segment.length > 120 || NOISE.has(segment.toLowerCase()) || !/\p{L}/u.test(segment)) return;
  if (STREET.test(segment)) return;
  const postal = POSTAL_CODE.exec(segment);
  if (postal) {
    // The town after the code is where the person is.
    draft.location ??= cleanLine(segment.slice(0, postal.index) + ' ' + segment.slice(postal.index + postal[0].length), 200) || undefined;
    return;
  }
  const split = splitTitleAtCompany(segment);
  if (split) {
    draft.title ??= split[0];
    draft.companyName ??= split[1];
  } else if (!draft.title && looksLikeTitle(segment) && !looksLikeCompany(segment)) {
    draft.title = segment;
  } else if (!draft.companyName) {
    draft.companyName = segment;
  } else {
    draft.title ??= segment;
  }
}

/**
 * Name, title and company from the leftover lines. The name is the first
 * segment of one of the first three lines; the segments after it and up to
 * three following lines give title and company.
 */
function parseIdentity(rest: Line[], draft: PersonDraft): void {
  for (let i = 0; i < Math.min(rest.length, 3); i += 1) {
    const segments = splitSegments(rest[i]!.text, true);
    // "Jan Kowalski (CEO)", "Jane Doe (she/her)": the name, and the title in brackets.
    const { name, title } = splitBracketed(segments[0] ?? '');
    if (!name || !isPlausibleName(name)) continue;
    draft.fullName = name;
    if (title) draft.title = title;
    const nextLines = rest.slice(i + 1, i + 4).filter((l) => !l.contact);
    const following = [...segments.slice(1), ...nextLines.flatMap((l) => splitSegments(l.text, true))];
    for (const segment of following.slice(0, 4)) assign(draft, segment);
    return;
  }
}

/** Everything evident in the text; fields not evident stay unset. */
export function parseSelection(text: string): PersonDraft {
  const { draft, rest } = parseText(text);
  parseIdentity(rest, draft);
  return draft;
}
