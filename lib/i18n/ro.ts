/** Romanian UI strings: one file per English area file, under ./ro/. */
import type { Messages } from './runtime';
import { roScoring } from './ro/scoring';
import { roPipeline } from './ro/pipeline';
import { roList } from './ro/list';
import { roSequences } from './ro/sequences';
import { roMetrics } from './ro/metrics';
import { roTransfer } from './ro/transfer';
import { roData } from './ro/data';
import { roBackup } from './ro/backup';
import { roSafety } from './ro/safety';
import { roMenus } from './ro/menus';
import { roStorage } from './ro/storage';
import { roReminders } from './ro/reminders';
import { roUnfinished } from './ro/unfinished';
import { roPrivacy } from './ro/privacy';
import { roCore } from './ro/core';
import { roLanguage } from './ro/language';
import { roDefaults } from './ro/defaults';
import { roLists } from './ro/lists';
import { roDesign } from './ro/design';
import { roCaptureReal } from './ro/capture-real';
import { roCrm } from './ro/crm';
import { roCrmLookup } from './ro/crm-lookup';

export const ro: Messages = {
  ...roScoring,
  ...roPipeline,
  ...roList,
  ...roSequences,
  ...roMetrics,
  ...roTransfer,
  ...roStorage,
  ...roData,
  ...roBackup,
  ...roSafety,
  ...roMenus,
  ...roReminders,
  ...roUnfinished,
  ...roPrivacy,
  ...roCore,
  ...roLanguage,
  ...roDefaults,
  ...roLists,
  ...roDesign,
  ...roCaptureReal,
  ...roCrm,
  ...roCrmLookup,
};
