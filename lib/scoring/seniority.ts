import { SENIORITIES } from './schema';
import { foldText } from './text-match';

/**
 * Seniority from a job title, by words: "VP Sales & Co-Founder" is c-level,
 * "Senior Account Manager" is manager, "Dyrektor Generalny" is c-level. The most
 * senior word wins. English plus the common Polish, German, French, Spanish,
 * Romanian and Russian words; a title with none of them is "entry".
 *
 * It is a heuristic, made predictable rather than clever:
 * - Phrases are matched before their words ("vice president" is vp, not the
 *   c-level "president"; "product owner" is senior, not the c-level "owner";
 *   "lead generation" does not make anyone a "lead").
 * - A deputy ranks with the one deputised, one step down for a chief executive: "Zastępca
 *   Prezesa Zarządu" and "Заместитель генерального директора" are vp, "Zastępca dyrektora
 *   handlowego" a director (the genitive "dyrektora", "директора" is no word of its own here).
 * - "kierownik" is a manager (kierownik projektu, kierownik sklepu); "kierownik
 *   działu" (head of department) is head.
 * - German compounds are matched by their ending: Vertriebsleiter is head,
 *   Mitgeschäftsführer is c-level, Verkaufsdirektor is director.
 * - Assistant, secretary and intern words make the title entry whatever else it
 *   says ("Executive Assistant to the CEO" is not the CEO).
 */

export type Seniority = (typeof SENIORITIES)[number];

const PHRASES: Readonly<Record<Seniority, readonly string[]>> = {
  'c-level': [
    'ceo', 'cfo', 'cto', 'coo', 'cro', 'cmo', 'cio', 'ciso', 'cpo', 'cdo', 'cco', 'chro', 'cso', 'cxo', 'chief',
    'founder', 'cofounder', 'owner', 'business owner', 'president', 'chairman', 'chairwoman', 'chairperson',
    'managing director', 'general manager', 'managing partner', 'founding partner', 'general partner',
    // Polish
    'prezes', 'prezeska', 'właściciel', 'właścicielka', 'współwłaściciel', 'współwłaścicielka', 'założyciel', 'założycielka',
    'współzałożyciel', 'współzałożycielka', 'dyrektor generalny', 'dyrektor zarządzający', 'członek zarządu', 'członkini zarządu',
    // German
    'geschäftsführer', 'geschäftsführerin', 'inhaber', 'inhaberin', 'gründer', 'gründerin', 'mitgründer', 'mitgründerin',
    'vorstand', 'vorstandsvorsitzender', 'vorstandsvorsitzende', 'vorstandsmitglied',
    // French
    'pdg', 'président', 'présidente', 'directeur général', 'directrice générale', 'fondateur', 'fondatrice', 'cofondateur',
    'cofondatrice', 'gérant', 'gérante', 'propriétaire',
    // Spanish
    'fundador', 'fundadora', 'cofundador', 'cofundadora', 'propietario', 'propietaria', 'dueño', 'dueña', 'presidenta',
    'consejero delegado', 'consejera delegada', 'director general', 'directora general', 'gerente general',
    // Romanian
    'fondator', 'fondatoare', 'cofondator', 'proprietar', 'proprietară', 'președinte', 'președintă',
    // Russian
    'генеральный директор', 'гендиректор', 'основатель', 'сооснователь', 'владелец', 'президент', 'учредитель',
  ],
  vp: [
    'vp', 'svp', 'evp', 'avp', 'v p', 'vice president', 'vicepresident',
    'wiceprezes', 'wiceprezeska', 'vizepräsident', 'vizepräsidentin', 'vice président', 'vice présidente',
    'vicepresidente', 'vicepresidenta', 'vicepreședinte', 'вице президент', 'вицепрезидент',
    // A deputy of the chief executive (the noun after "deputy" is in the genitive, so the chief's own words never match).
    'zastępca prezesa', 'zastępczyni prezesa', 'zastępca dyrektora generalnego', 'zastępczyni dyrektora generalnego',
    'director general adjunct', 'directoare generală adjunctă', 'заместитель генерального директора', 'зам генерального директора',
  ],
  head: [
    'head', 'head of', 'szef', 'szefowa', 'kierownik działu', 'kierowniczka działu', 'leiter', 'leiterin', 'jefe', 'jefa',
    'șef', 'șefă', 'руководитель', 'начальник',
  ],
  director: [
    'director', 'directora', 'dyrektor', 'dyrektorka', 'directeur', 'directrice', 'direktor', 'direktorin', 'directoare',
    'директор', 'direttore', 'diretor', 'diretora',
    // A deputy director ("Zastępca dyrektora handlowego", "Заместитель директора по продажам").
    'zastępca dyrektora', 'zastępczyni dyrektora', 'заместитель директора', 'зам директора',
  ],
  manager: [
    'manager', 'managerin', 'menedżer', 'menadżer', 'menedżerka', 'kierownik', 'kierowniczka', 'teamleiter', 'teamleiterin',
    'gerente', 'responsable', 'chef', 'supervisor', 'менеджер', 'руководитель группы',
  ],
  senior: [
    'senior', 'sr', 'snr', 'lead', 'leader', 'principal', 'starszy', 'starsza', 'główny', 'główna', 'старший', 'ведущий',
    'product owner', 'process owner', 'service owner',
  ],
  // Listed only so these phrases consume their words (see above); entry is also the default.
  entry: ['lead generation', 'lead gen', 'junior', 'jr'],
};

/** German compounds, by ending. Checked only for words no phrase matched. */
const SUFFIXES: readonly (readonly [string, Seniority])[] = [
  ['geschäftsführer', 'c-level'],
  ['geschäftsführerin', 'c-level'],
  ['gründer', 'c-level'],
  ['gründerin', 'c-level'],
  ['leiter', 'head'],
  ['leiterin', 'head'],
  ['direktor', 'director'],
  ['direktorin', 'director'],
  ['manager', 'manager'],
  ['managerin', 'manager'],
].map(([suffix, level]) => [foldText(suffix as string), level as Seniority] as const);

/** Words that make a title entry-level whatever else it says. */
const ASSISTANT_WORDS: ReadonlySet<string> = new Set(
  [
    'assistant', 'asystent', 'asystentka', 'assistent', 'assistentin', 'assistante', 'asistente', 'asistentă', 'secretary',
    'sekretarka', 'secrétaire', 'sekretärin', 'intern', 'internship', 'trainee', 'praktykant', 'praktykantka', 'stażysta',
    'stażystka', 'stagiaire', 'praktikant', 'praktikantin', 'becario', 'becaria', 'stagiar', 'стажёр', 'ассистент', 'помощник',
  ].map(foldText),
);

const RANK: Readonly<Record<Seniority, number>> = Object.fromEntries(SENIORITIES.map((s, i) => [s, SENIORITIES.length - i])) as Record<
  Seniority,
  number
>;

// Words are letters and digits; everything else (spaces, hyphens, dots, "&") separates them.
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

function wordsOf(folded: string): string[] {
  return folded.split(WORD_SEPARATORS).filter((w) => w.length > 0);
}

type Phrase = { words: readonly string[]; level: Seniority };

/** Phrases by their first word, longest first, so the longest phrase at a position wins. */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const map = new Map<string, Phrase[]>();
  for (const level of SENIORITIES) {
    for (const phrase of PHRASES[level]) {
      const words = wordsOf(foldText(phrase));
      const first = words[0];
      if (first === undefined) continue;
      const list = map.get(first) ?? [];
      list.push({ words, level });
      map.set(first, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

function matchAt(words: readonly string[], at: number): Phrase | undefined {
  const candidates = PHRASES_BY_FIRST_WORD.get(words[at] ?? '');
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    let ok = at + phrase.words.length <= words.length;
    for (let k = 1; ok && k < phrase.words.length; k++) ok = words[at + k] === phrase.words[k];
    if (ok) return phrase;
  }
  return undefined;
}

function suffixLevel(word: string): Seniority | undefined {
  for (const [suffix, level] of SUFFIXES) if (word.length > suffix.length && word.endsWith(suffix)) return level;
  return undefined;
}

/** Seniority of a title already folded with foldText; undefined when there is no title. */
export function seniorityOfFolded(folded: string | undefined): Seniority | undefined {
  if (folded === undefined) return undefined;
  const words = wordsOf(folded);
  if (words.length === 0) return undefined;
  let best: Seniority = 'entry';
  let i = 0;
  while (i < words.length) {
    const word = words[i] ?? '';
    if (ASSISTANT_WORDS.has(word)) return 'entry';
    const phrase = matchAt(words, i);
    const level = phrase?.level ?? suffixLevel(word);
    if (level !== undefined && RANK[level] > RANK[best]) best = level;
    i += phrase ? phrase.words.length : 1;
  }
  return best;
}

/** Seniority of a job title; undefined when there is no title (so a seniority condition on it is a missing value). */
export function seniorityOf(title: string | undefined): Seniority | undefined {
  return typeof title === 'string' ? seniorityOfFolded(foldText(title)) : undefined;
}
