import { z } from 'zod';
import { Id } from '../schema/records';
import type { PanelTarget } from './open-panel';

const PanelQuery = z.object({
  lead: Id.optional(),
  view: z.enum(['latest', 'list', 'new']).optional(),
  tab: z.coerce.number().int().nonnegative().optional(),
});

/** The panel page's query string: which lead or view to show, and which tab to follow when it is a page of its own. */
export function parsePanelQuery(search: string): { target: PanelTarget; tabId?: number } {
  const raw = Object.fromEntries(new URLSearchParams(search));
  const parsed = PanelQuery.safeParse(raw);
  if (!parsed.success) return { target: undefined };
  const { lead, view, tab } = parsed.data;
  return { target: lead ? { lead } : view ? { view } : undefined, tabId: tab };
}
