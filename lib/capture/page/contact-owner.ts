/**
 * Whose is a contact link? A page's mailto: and tel: links outside any person's card
 * carry no name: on a team page the one address may be a colleague's, on a speaker's
 * page the footer's is the organiser's, and the header's phone is the switchboard. A
 * wrong e-mail or phone on a lead is worse than none (the rep writes to a stranger),
 * so once the page names its person, a link is theirs only when its address or the
 * text around it names them: jan.kowalski@…, jkowalski@…, jane@janedoe.com, or
 * "Jan Kowalski, tel. …".
 */

// Transliteration for Russian names, as Russian addresses are usually written (ivan.petrov@).
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
// Latin letters that do not decompose into a base letter and a mark.
const LATIN: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ı: 'i', þ: 'th' };

/** Lower-case ASCII letters for comparing a name with an address: "Łukasz Żółć" → "lukasz zolc". */
export function foldToAscii(text: string): string {
  const lower = text.toLocaleLowerCase().normalize('NFD');
  let out = '';
  for (const ch of lower) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // a combining mark: the accent of the letter before
    out += CYRILLIC[ch] ?? LATIN[ch] ?? ch;
  }
  return out;
}

const wordsOf = (text: string) => foldToAscii(text).split(/[^a-z]+/).filter(Boolean);

/** The name's words, folded: "Jan van Kowalski-Nowak" → jan, van, kowalski, nowak. */
function nameWords(fullName: string): string[] {
  return wordsOf(fullName).filter((w) => w.length >= 2);
}

/** The domain without its top level, as letters: jane@jane-doe.co.uk → janedoeco. */
function domainLetters(address: string): string {
  return wordsOf(address.slice(address.lastIndexOf('@') + 1).split('.').slice(0, -1).join('.')).join('');
}

/** Whether an address is on the person's own domain: hello@janedoe.com, biuro@kowalski.pl. */
export function domainNamesPerson(address: string, fullName: string): boolean {
  const domain = domainLetters(address);
  return nameWords(fullName).some((word) => word.length >= 3 && domain.includes(word));
}

/** Whether an e-mail address is the named person's by its own letters. */
export function addressNamesPerson(address: string, fullName: string): boolean {
  const words = nameWords(fullName);
  if (words.length === 0) return false;
  const localParts = wordsOf(address.slice(0, address.lastIndexOf('@')));
  const local = localParts.join('');
  for (const word of words) {
    if (localParts.includes(word)) return true;
    if (word.length >= 3 && local.includes(word)) return true;
  }
  // Initials: jd@, j.d@ for Jane Doe.
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return (words.length >= 2 && local === `${first[0]}${last[0]}`) || domainNamesPerson(address, fullName);
}

/** Whether text beside a link names the person: their last name, or every word of their name. */
export function textNamesPerson(text: string, fullName: string): boolean {
  const words = nameWords(fullName);
  if (words.length === 0) return false;
  const around = new Set(wordsOf(text));
  const last = words[words.length - 1]!;
  return (last.length >= 3 && around.has(last)) || words.every((w) => around.has(w));
}
