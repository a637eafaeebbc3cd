/**
 * English UI strings. Every string the rep sees comes from here through t().
 * Placeholders are {name}; values are inserted as text, never as markup.
 */
import { enScoring } from './en-scoring';
import { enPipeline } from './en-pipeline';
import { enList } from './en-list';
import { enSequences } from './en-sequences';
import { enMetrics } from './en-metrics';
import { enTransfer } from './en-transfer';
import { enData } from './en-data';
import { enBackup } from './en-backup';
import { enSafety } from './en-safety';
import { enMenus } from './en-menus';
import { enStorage } from './en-storage';
import { enReminders } from './en-reminders';
import { enUnfinished } from './en-unfinished';
import { enPrivacy } from './en-privacy';
import { enCore } from './en-core';
import { enLanguage } from './en-language';
import { enDefaults } from './en-defaults';
import { enLists } from './en-lists';
import { enDesign } from './en-design';
import { enCaptureReal } from './en-capture-real';
import { enCrm } from './en-crm';
import { enCrmLookup } from './en-crm-lookup';

export const en = {
  ...enScoring,
  ...enPipeline,
  ...enList,
  ...enSequences,
  ...enMetrics,
  ...enTransfer,
  ...enStorage,
  ...enData,
  ...enBackup,
  ...enSafety,
  ...enMenus,
  ...enReminders,
  ...enUnfinished,
  ...enPrivacy,
  ...enCore,
  ...enLanguage,
  ...enDefaults,
  ...enLists,
  ...enDesign,
  ...enCaptureReal,
  ...enCrm,
  ...enCrmLookup,
} as const;

export type MessageKey = keyof typeof en;
