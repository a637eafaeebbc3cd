/**
 * Russian UI strings, one file per English area file (lib/i18n/ru/<area>.ts), each typed to have
 * exactly the English keys.
 */
import type { Messages } from './runtime';
import { ruScoring } from './ru/scoring';
import { ruPipeline } from './ru/pipeline';
import { ruList } from './ru/list';
import { ruSequences } from './ru/sequences';
import { ruMetrics } from './ru/metrics';
import { ruTransfer } from './ru/transfer';
import { ruStorage } from './ru/storage';
import { ruData } from './ru/data';
import { ruBackup } from './ru/backup';
import { ruSafety } from './ru/safety';
import { ruMenus } from './ru/menus';
import { ruReminders } from './ru/reminders';
import { ruUnfinished } from './ru/unfinished';
import { ruPrivacy } from './ru/privacy';
import { ruCore } from './ru/core';
import { ruLanguage } from './ru/language';
import { ruDefaults } from './ru/defaults';
import { ruLists } from './ru/lists';
import { ruDesign } from './ru/design';
import { ruCaptureReal } from './ru/capture-real';
import { ruCrm } from './ru/crm';
import { ruCrmLookup } from './ru/crm-lookup';

export const ru: Messages = {
  ...ruScoring,
  ...ruPipeline,
  ...ruList,
  ...ruSequences,
  ...ruMetrics,
  ...ruTransfer,
  ...ruStorage,
  ...ruData,
  ...ruBackup,
  ...ruSafety,
  ...ruMenus,
  ...ruReminders,
  ...ruUnfinished,
  ...ruPrivacy,
  ...ruCore,
  ...ruLanguage,
  ...ruDefaults,
  ...ruLists,
  ...ruDesign,
  ...ruCaptureReal,
  ...ruCrm,
  ...ruCrmLookup,
};
