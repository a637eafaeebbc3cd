import type { Messages } from './runtime';
import { plScoring } from './pl/scoring';
import { plPipeline } from './pl/pipeline';
import { plList } from './pl/list';
import { plSequences } from './pl/sequences';
import { plMetrics } from './pl/metrics';
import { plTransfer } from './pl/transfer';
import { plData } from './pl/data';
import { plBackup } from './pl/backup';
import { plSafety } from './pl/safety';
import { plMenus } from './pl/menus';
import { plStorage } from './pl/storage';
import { plReminders } from './pl/reminders';
import { plUnfinished } from './pl/unfinished';
import { plPrivacy } from './pl/privacy';
import { plCore } from './pl/core';
import { plLanguage } from './pl/language';
import { plDefaults } from './pl/defaults';
import { plLists } from './pl/lists';
import { plDesign } from './pl/design';
import { plCaptureReal } from './pl/capture-real';
import { plCrm } from './pl/crm';
import { plCrmLookup } from './pl/crm-lookup';

/** Polish UI strings (same keys as en.ts, merged in the same order). */
export const pl: Messages = {
  ...plScoring,
  ...plPipeline,
  ...plList,
  ...plSequences,
  ...plMetrics,
  ...plTransfer,
  ...plStorage,
  ...plData,
  ...plBackup,
  ...plSafety,
  ...plMenus,
  ...plReminders,
  ...plUnfinished,
  ...plPrivacy,
  ...plCore,
  ...plLanguage,
  ...plDefaults,
  ...plLists,
  ...plDesign,
  ...plCaptureReal,
  ...plCrm,
  ...plCrmLookup,
};
