import { freezeRuleSet } from './freeze';
import type { Condition, Rule, RuleSet } from './schema';

/**
 * The starting rule set: the seed's five criteria (pricing page +10, e-mail
 * opened +1, link clicked +3, inaccurate company data -5, fits the persona +5),
 * with thresholds that make its example lead (pricing once, two opens, one
 * click, fits the persona: 20 points) exactly sales-qualified. A few more rules
 * a sales-ops person would expect ship switched OFF, so the seed's numbers hold
 * until someone turns them on. Ids are stable: exports, imports and the score
 * explanations refer to them.
 *
 * DEFAULT_RULESET is deeply frozen: it is shared ("reset to defaults" must
 * always mean these rules), and scoreLead reuses the compiled form of a frozen
 * rule set. Take defaultRuleSet() for a copy to edit.
 */

const DAYS = 90;

const DEFAULT_RULES: readonly Rule[] = [
  {
    id: 'pricing-visited',
    name: 'Visited the pricing page',
    enabled: true,
    condition: { kind: 'activity', activity: 'pricing-visited', atLeast: 1, withinDays: DAYS },
    points: 10,
    per: 'match',
  },
  {
    id: 'email-opened',
    name: 'Opened an e-mail',
    enabled: true,
    condition: { kind: 'activity', activity: 'email-opened', atLeast: 1, withinDays: DAYS },
    points: 1,
    per: 'occurrence',
    cap: 10,
  },
  {
    id: 'link-clicked',
    name: 'Clicked a link in an e-mail',
    enabled: true,
    condition: { kind: 'activity', activity: 'link-clicked', atLeast: 1, withinDays: DAYS },
    points: 3,
    per: 'occurrence',
    cap: 15,
  },
  {
    id: 'inaccurate-data',
    name: 'Inaccurate company data',
    enabled: true,
    // The rule is shown by its name in the rep's language, so the tag a rep types is in it too (case and accents are ignored).
    condition: { kind: 'text', field: 'tags', op: 'isOneOf', values: ['inaccurate data', 'inaccurate-data', 'niedokładne dane', 'date inexacte', 'неточные данные'] },
    points: -5,
    per: 'match',
  },
  {
    id: 'fits-persona',
    name: 'Fits the buyer persona',
    enabled: true,
    condition: { kind: 'persona' },
    points: 5,
    per: 'match',
  },
  // Off by default (see above).
  {
    id: 'replied',
    name: 'Replied to a message',
    enabled: false,
    condition: { kind: 'activity', activity: 'reply-received', atLeast: 1, withinDays: DAYS },
    points: 8,
    per: 'match',
  },
  {
    id: 'meeting-booked',
    name: 'Booked a meeting',
    enabled: false,
    condition: { kind: 'activity', activity: 'meeting-booked', atLeast: 1, withinDays: DAYS },
    points: 15,
    per: 'match',
  },
  {
    id: 'decision-maker',
    name: 'Decision-maker (head of, director or above)',
    enabled: false,
    condition: { kind: 'text', field: 'seniority', op: 'isOneOf', values: ['c-level', 'vp', 'head', 'director'] },
    points: 5,
    per: 'match',
  },
  {
    id: 'no-email',
    name: 'No e-mail address',
    enabled: false,
    condition: { kind: 'text', field: 'email', op: 'isEmpty' },
    points: -3,
    per: 'match',
  },
];

export const DEFAULT_RULESET: RuleSet = freezeRuleSet({
  rules: [...DEFAULT_RULES],
  persona: {
    name: 'B2B sales leader',
    // Substrings of a title or headline. Punctuation counts, so the common spellings of "VP of Sales" are listed.
    titles: [
      'head of sales',
      'vp sales',
      'vp of sales',
      'vp, sales',
      'vice president of sales',
      'vice president, sales',
      'sales director',
      'director of sales',
      'chief revenue officer',
      'chief sales officer',
      'dyrektor sprzedaży',
      'dyrektor handlowy',
      // The reps also sell in Romanian and Russian: their sales leaders fit as the Polish ones do.
      'director de vânzări',
      'director vânzări',
      'director comercial',
      'директор по продажам',
      'коммерческий директор',
      'руководитель отдела продаж',
    ],
    industries: [],
    // No size bands by default: a profile capture rarely knows the company's size,
    // and an unknown size would keep every such lead out of the persona.
    sizeBands: [],
    locations: [],
  },
  decay: { enabled: true, quietDays: 30, weeklyLossPercent: 25 },
  thresholds: { mql: 10, sql: 20 },
});

/** A fresh, editable copy of the default rule set. */
export function defaultRuleSet(): RuleSet {
  return structuredClone(DEFAULT_RULESET);
}

/**
 * A new rule of a kind with sensible starting values, for the editor's "add
 * rule" menu. It passes RuleSchema once it has a non-blank name (it has one).
 */
export function newRule(kind: Condition['kind'], id: string): Rule {
  const base = { id, enabled: true, per: 'match' as const };
  switch (kind) {
    case 'text':
      return { ...base, name: 'Title contains…', condition: { kind: 'text', field: 'title', op: 'contains', value: 'sales' }, points: 5 };
    case 'number':
      return { ...base, name: 'Company size', condition: { kind: 'number', field: 'companySize', op: 'between', min: 51, max: 1000 }, points: 5 };
    case 'persona':
      return { ...base, name: 'Fits the buyer persona', condition: { kind: 'persona' }, points: 5 };
    case 'activity':
      return {
        ...base,
        name: 'Opened an e-mail',
        condition: { kind: 'activity', activity: 'email-opened', atLeast: 1, withinDays: DAYS },
        points: 1,
        per: 'occurrence',
      };
  }
}
