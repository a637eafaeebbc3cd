import { areaCatalog } from './page-first-views';
import type { Messages } from './runtime';

/** The options page's first view: header, language picker, demo offer, the section list and the scoring section (see page-first-views.ts). */
export const optionsFirstView = areaCatalog(
  import.meta.glob<Record<string, Partial<Messages>>>(['./en-{core,storage,defaults,scoring,design,backup,language,data}.ts', './{pl,ro,ru}/{core,storage,defaults,scoring,design,backup,language,data}.ts']),
  ['core', 'storage', 'defaults', 'scoring', 'design', 'backup', 'language', 'data'],
);
