/**
 * Whose is a contact link? A page's mailto: and tel: links outside any person's card
 * carry no name: on a team page the one address may be a colleague's, on a speaker's
 * page the footer's is the organiser's, and the header's phone is the switchboard. A
 * wrong e-mail or phone on a lead is worse than none (the rep writes to a stranger),
 * so once the page names its person, a link is theirs only when its address or the
 * text around it names them: jan.kowalski@…, jkowalski@…, jane@janedoe.com, or
 * "Jan Kowalski, tel. …".
 */

import { bareName, isPlausibleName } from './names';

// Transliteration for Russian and Ukrainian names, as their addresses are usually written (ivan.petrov@).
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};
// Latin letters that do not decompose into a base letter and a mark.
const LATIN: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ı: 'i', þ: 'th' };

/** Lower-case ASCII letters for comparing a name with an address: "Łukasz Żółć" → "lukasz zolc". */
export function foldToAscii(text: string): string {
  let out = '';
  // Each letter is looked up before it is decomposed: й and ё are letters of their own, not и and е with a mark.
  for (const ch of text.toLocaleLowerCase()) {
    const mapped = CYRILLIC[ch] ?? LATIN[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    for (const part of ch.normalize('NFD')) {
      const code = part.charCodeAt(0);
      if (code < 0x300 || code > 0x36f) out += part; // a combining mark is the accent of the letter before
    }
  }
  return out;
}

const wordsOf = (text: string) => foldToAscii(text).split(/[^a-z]+/).filter(Boolean);

/** The name's words, folded: "Jan van Kowalski-Nowak" → jan, van, kowalski, nowak. */
function nameWords(fullName: string): string[] {
  return wordsOf(bareName(fullName)).filter((w) => w.length >= 2);
}

/** The spellings of a name people use in addresses: jan, kowalski, jankowalski, jkowalski, kowalskij, jk. */
function addressSpellings(fullName: string): Set<string> {
  const words = nameWords(fullName);
  const spellings = new Set(words);
  if (words.length >= 2) {
    const first = words[0]!;
    const last = words[words.length - 1]!;
    for (const s of [first + last, last + first, first[0] + last, last + first[0], first + last[0], first[0]! + last[0]]) spellings.add(s);
  }
  return spellings;
}

function localParts(address: string): string[] {
  return wordsOf(address.slice(0, address.lastIndexOf('@')));
}

/** Whether a host name is made of the person's name: janedoe.com, jan-kowalski.pl (their own site). */
export function hostNamesPerson(host: string, fullName: string): boolean {
  const words = nameWords(fullName);
  const letters = wordsOf(host.split('.').slice(0, -1).join('.')).join('');
  return words.length >= 2 && words.every((word) => letters.includes(word));
}

/** Whether an address is on a domain made of the person's name: hello@janedoe.com, biuro@jan-kowalski.pl. */
function domainNamesPerson(address: string, fullName: string): boolean {
  return hostNamesPerson(address.slice(address.lastIndexOf('@') + 1), fullName);
}

/**
 * Whether an e-mail address is the named person's by its own letters: one part of its
 * local part is a spelling of the name (jan.kowalski@, jkowalski@, j.kowalski@, jk@), or
 * it is on their own domain. A name is never matched inside a longer word (janina@ is not Jan's).
 */
export function addressNamesPerson(address: string, fullName: string): boolean {
  return localPartNamesPerson(address, fullName) || domainNamesPerson(address, fullName);
}

/** The same by the part before the "@" alone: on a site named after a brand, every address is on its domain. */
export function localPartNamesPerson(address: string, fullName: string): boolean {
  const spellings = addressSpellings(fullName);
  if (spellings.size === 0) return false;
  const local = localParts(address);
  return local.some((part) => spellings.has(part)) || spellings.has(local.join(''));
}

/** An address shaped as a person's own (first.last@, m.lee@): someone's, if not the page person's. */
export function looksPersonal(address: string): boolean {
  const local = localParts(address);
  return local.length === 2 && local[1]!.length >= 2;
}

/** Whether text beside a link names the person: their last name, or every word of their name. */
export function textNamesPerson(text: string, fullName: string): boolean {
  const words = nameWords(fullName);
  if (words.length === 0) return false;
  const around = new Set(wordsOf(text));
  const last = words[words.length - 1]!;
  return (last.length >= 3 && around.has(last)) || words.every((w) => around.has(w));
}

/**
 * Whether an address spells the name of someone else the text names ("contact Marcus Lee's
 * colleague Olivia Hart: ohart@…" on Marcus Lee's page): then it is theirs, not the person's.
 */
export function addressOfSomeoneElse(address: string, text: string, fullName: string): boolean {
  const words = text.split(/[\s,;:()|•·/]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}.'’-]+$/gu, '')).filter(Boolean);
  for (let i = 0; i + 1 < words.length; i += 1) {
    for (const size of [2, 3]) {
      if (i + size > words.length) continue;
      const candidate = words.slice(i, i + size).join(' ');
      if (isPlausibleName(candidate) && !textNamesPerson(candidate, fullName) && addressNamesPerson(address, candidate)) return true;
    }
  }
  return false;
}

/**
 * Whether a LinkedIn profile's address is the person's: its words hold their last name, or
 * their name run together (/in/olivia-hart-1a2b/, /in/oliviahart/, /in/ohart/). A first name
 * alone is too common: /in/olivia-smith/ is someone else.
 */
export function profileNamesPerson(publicId: string, fullName: string): boolean {
  const words = nameWords(fullName);
  if (words.length < 2) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const parts = wordsOf(publicId);
  return parts.some((part) => part === last || part === first + last || part === first[0] + last || part === last + first);
}

// Words that label a line as someone else's: an assistant's, a secretary's, the front desk's, the
// switchboard (folded: "asystentka", "секретарь" → "sekretar"). "Office" and "birou" are left out:
// in a signature they are the person's own desk line.
const OTHERS_LINE = new Set([
  'assistant', 'assistance', 'asystent', 'asystentka', 'asystenta', 'asistent', 'asistenta', 'assistentin', 'assistenz',
  'secretary', 'sekretariat', 'sekretarka', 'secretariat', 'secretara', 'sekretar', 'sekretarya',
  'reception', 'receptionist', 'recepcja', 'receptie', 'empfang', 'priemnaya', 'resepshn', 'pomoshchnik', 'pomoshchnitsa',
  'switchboard', 'centrala', 'zentrale', 'hotline', 'infolinia', 'helpdesk', 'biuro',
]);
// A number already written in the text before: what labels a line comes after it.
const EARLIER_NUMBER = /\d[\d\s().\-/]{4,}\d/g;

/**
 * Whether the words right before a phone number label it as someone else's line ("Asystentka:
 * tel. …", "Switchboard +44 …", "biuro: 22 …") on a page about the person; only what follows
 * the last number before it counts ("Jan Kowalski, tel. 600 111 222, biuro: 22 …").
 */
export function lineOfSomeoneElse(lead: string): boolean {
  const tail = lead.split(EARLIER_NUMBER).pop() ?? '';
  return wordsOf(tail).some((word) => OTHERS_LINE.has(word));
}
