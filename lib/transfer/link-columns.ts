import { classifyLinkedInUrl } from '../capture/linkedin-url';
import type { ImportField } from './import-codes';

/**
 * LinkedIn links go to the field of what they link to, whatever their column
 * is called: LinkedIn's own Connections.csv heads its profile links "URL"
 * (which names a website), and a CRM's "LinkedIn URL" column often mixes
 * profiles with Sales Navigator links, which the profile field refused.
 */

export type LinkedInField = Extract<ImportField, 'linkedinUrl' | 'salesNavUrl' | 'companyLinkedinUrl'>;

const FIELD_OF_KIND = { person: 'linkedinUrl', 'sales-nav-lead': 'salesNavUrl', company: 'companyLinkedinUrl' } as const satisfies Record<string, LinkedInField>;

export const isLinkedInField = (field: ImportField): field is LinkedInField => (Object.values(FIELD_OF_KIND) as ImportField[]).includes(field);

/** The field a LinkedIn link belongs in; undefined for anything else (a LinkedIn feed link included). */
export function linkedInFieldOf(value: string): LinkedInField | undefined {
  const page = classifyLinkedInUrl(value);
  return page.kind === 'other' ? undefined : FIELD_OF_KIND[page.kind];
}

/**
 * The field a cell of a LinkedIn column fills: the kind of its link. Only among
 * LinkedIn fields: a column the rep maps to Website keeps its links there.
 */
export const routedField = (target: ImportField, value: string): ImportField => (isLinkedInField(target) ? linkedInFieldOf(value) ?? target : target);

/** Non-empty values looked at, and rows read to find them (a sparse column stops early). */
const SAMPLE_VALUES = 20;
const SAMPLE_ROWS = 200;

/**
 * The LinkedIn field a column's first values say it holds: when most of them are
 * LinkedIn links, the kind most of those are. Undefined for any other column.
 * `read` takes a cell's link from it (what it shows, or where a formula links to).
 */
export function linkColumnField(rows: readonly (readonly string[])[], column: number, read: (raw: string) => string): LinkedInField | undefined {
  const counts = new Map<LinkedInField, number>();
  let values = 0;
  for (const cells of rows.slice(0, SAMPLE_ROWS)) {
    const value = read(cells[column] ?? '');
    if (!value) continue;
    const field = linkedInFieldOf(value);
    if (field) counts.set(field, (counts.get(field) ?? 0) + 1);
    if (++values === SAMPLE_VALUES) break;
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  const links = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return best && links * 2 > values ? best[0] : undefined;
}
