import { areaCatalog } from './page-first-views';
import type { Messages } from './runtime';

/** The side panel's first view: the lead list (filters, rows, an erased lead's row, stages, due steps, bulk actions, export), the current tab's state, or a lead's card header (design: its header lines) (see page-first-views.ts). */
export const panelFirstView = areaCatalog(
  import.meta.glob<Record<string, Partial<Messages>>>(['./en-{core,storage,defaults,list,sequences,safety,data,privacy,design}.ts', './{pl,ro,ru}/{core,storage,defaults,list,sequences,safety,data,privacy,design}.ts']),
  ['core', 'storage', 'defaults', 'list', 'sequences', 'safety', 'data', 'privacy', 'design'],
);
