/**
 * Where a lead came from. A module of its own (no Zod): the side panel's first view draws the
 * list's source filter from it before the schemas load (capture/schema.ts makes the enum).
 */
export const LEAD_SOURCES = [
  'linkedin',
  'sales-navigator',
  'website',
  'context-menu',
  'manual',
  'import',
  'referral',
  'event',
] as const;
