import { z } from 'zod';
import { CaptureSchema, CompanyCaptureSchema, PersonCaptureSchema } from '../capture/schema';
import { LIST_SAVE_MAX, PickedPersonSchema } from '../capture/list-capture';
import { Id } from '../schema/records';
import { RuleSetSchema, ScoreLabel } from '../scoring/schema';
import { ASSUMED_ENCODINGS, DECODE_ERRORS, MAPPING_TARGETS, PARSE_ERRORS, REFUSE_REASONS } from '../transfer/import-codes';
import { BACKUP_ERRORS, RESTORE_MODES } from '../transfer/backup-codes';
import { CaptureReportSchema } from '../diagnostics/schema';
import { ContentRequest, ContentScriptResponses } from './content-protocol';

// The LinkedIn content script's part (zod/mini, its size budget), declared in ./content-protocol.ts.
export {
  ContentRequest,
  ContentScriptResponses,
  CrmLookupAnswer,
  Envelope,
  ErrorCode,
  MessageError,
  SavedSummary,
  unwrap,
  type ContentScriptRequest,
  type ContentScriptResponse,
} from './content-protocol';
import { CrmConnectionViewSchema, CrmPipelinesSchema } from '../crm/connection';
import { CrmSyncStatusSchema } from '../crm/sync/status-schema';


/**
 * The one messaging protocol between content scripts, background and pages.
 * Every message is a Zod schema; every receiver parses what it gets and answers
 * a malformed message with an error, never a crash.
 */

// ---- to the background --------------------------------------------------------
export const BackgroundRequest = z.discriminatedUnion('type', [
  /** Save a capture through the one validated save path. */
  z.object({ type: z.literal('capture.save'), capture: CaptureSchema }),
  /** People the rep ticked on the LinkedIn list page in the sender's tab (search, connections, Sales Navigator): saved as an import saves rows. */
  z.object({ type: z.literal('capture.saveList'), people: z.array(PickedPersonSchema).min(1).max(LIST_SAVE_MAX) }),
  /** Is the LinkedIn page in the sender's tab saved already? (content scripts cannot read the database; the URL is the tab's, as the browser reports it) */
  z.object({ type: z.literal('lead.lookup') }),
  /** Open the side panel (sidebar in Firefox), on a lead or a view if given. */
  z.object({ type: z.literal('panel.open'), leadId: Id.optional(), view: z.enum(['new', 'list']).optional() }),
  /** How the in-page control read the LinkedIn page in the sender's tab (no page text): kept as a capture diagnostic. */
  z.object({ type: z.literal('capture.diagnostic'), report: CaptureReportSchema }),
  /** Store a new scoring rule set and rescore every lead in the background. */
  z.object({ type: z.literal('scoring.save'), ruleSet: RuleSetSchema }),
  /** Set a lead's label by hand (a lower score never silently demotes it). */
  z.object({ type: z.literal('lead.label'), leadId: Id, label: ScoreLabel }),
  /** Read a tab (default: the active one) for the "Save this page" form. */
  z.object({ type: z.literal('page.read'), tabId: z.number().int().nonnegative().optional() }),
  /** The rep sent a LinkedIn invite or message on the profile in the sender's tab: log it on the saved lead (and complete its step). */
  z.object({ type: z.literal('touch.record'), kind: z.enum(['invite-sent', 'linkedin-message']) }),
  /** A page found the kept figures missing or disagreeing: rebuild them here, where closing the popup cannot cut the walk short. */
  z.object({ type: z.literal('totals.rebuild') }),
  /** A page wrote leads and the write recorded SQL crossings: notify them (each once; the background checks every minute anyway). */
  z.object({ type: z.literal('crossings.check') }),
  /** A page (a backup restore) opened a rescore job: run it now rather than at the next alarm. */
  z.object({ type: z.literal('rescore.run') }),
  /** The in-page control's strings in the rep's language (when storage did not have them yet). */
  z.object({ type: z.literal('i18n.content') }),
  /** Load the LinkedIn extractors into the sender's tab, next to the in-page control (on the rep's first click there). */
  z.object({ type: z.literal('linkedin.reader') }),
  /** Connect HubSpot with an access token (the page has asked for the host permission first). */
  z.object({ type: z.literal('crm.connect'), token: z.string().trim().min(1).max(2000), replacePortal: z.boolean().optional() }),
  /** Disconnect HubSpot: forget the token and give back the host permission. */
  z.object({ type: z.literal('crm.disconnect') }),
  /**
   * Is this person in the connected CRM already? From the LinkedIn content script: the profile in
   * its tab (leadId refused); from an extension page: the saved lead `leadId`.
   */
  z.object({ type: z.literal('crm.lookup'), leadId: Id.optional() }),
  /** Run a sync round: the rep's "Sync now", or the popup opening (at most one a minute); answers the status after it. */
  z.object({ type: z.literal('crm.sync'), trigger: z.enum(['now', 'popup']) }),
  /** The sync's status line: last sync, pending changes, last error. */
  z.object({ type: z.literal('crm.status') }),
  /** The connected CRM's deal pipelines and their stages, for the stage mapping. */
  z.object({ type: z.literal('crm.pipelines') }),
  /** A page erased people with "Also delete in HubSpot" ticked (the erase queued the deletes): make them now rather than at the next round. */
  z.object({ type: z.literal('crm.erase') }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

export const PageReadResult = z.object({
  url: z.string().max(4096),
  /** What the page offers, for the popup's confirm form. */
  person: PersonCaptureSchema.optional(),
  company: CompanyCaptureSchema.optional(),
  /** True when the page is a LinkedIn profile or company whose data is complete enough to save as is. */
  isLeadPage: z.boolean(),
  sources: z.array(z.string().max(40)).max(20),
});
export type PageReadResult = z.infer<typeof PageReadResult>;

export const BackgroundResponses = {
  ...ContentScriptResponses,
  'page.read': PageReadResult,
  'scoring.save': z.object({ revision: z.number().int() }),
  'lead.label': z.object({ label: ScoreLabel }),
  'totals.rebuild': z.object({ rebuilt: z.literal(true) }),
  'crossings.check': z.object({ checked: z.literal(true) }),
  'rescore.run': z.object({ started: z.literal(true) }),
  'crm.connect': z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), connection: CrmConnectionViewSchema }),
    z.object({
      ok: z.literal(false),
      reason: z.enum(['refused', 'missing-scopes', 'unreachable', 'unexpected', 'other-portal', 'no-permission']),
      portalId: z.string().max(40).optional(),
      scopes: z.array(z.string().regex(/^[a-z][a-z0-9._-]{1,79}$/)).max(10).optional(),
    }),
  ]),
  'crm.disconnect': z.object({ disconnected: z.literal(true) }),
  'crm.sync': CrmSyncStatusSchema,
  'crm.status': CrmSyncStatusSchema,
  /** How many GDPR deletes went through, and how many still wait (with why, when one failed). */
  'crm.erase': z.object({
    done: z.number().int().min(0),
    pending: z.number().int().min(0),
    reason: z.enum(['not-connected', 'refused', 'unreachable', 'unexpected']).optional(),
  }),
  'crm.pipelines': z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), pipelines: CrmPipelinesSchema }),
    z.object({
      ok: z.literal(false),
      reason: z.enum(['not-connected', 'refused', 'missing-scopes', 'unreachable', 'unexpected']),
      scopes: z.array(z.string().regex(/^[a-z][a-z0-9._-]{1,79}$/)).max(10).optional(),
    }),
  ]),
} satisfies Record<BackgroundRequest['type'], z.core.$ZodType>;

// ---- to a content script --------------------------------------------------------
export const ContentResponses = {
  'page.extract': z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), capture: CaptureSchema }),
    z.object({ ok: z.literal(false), reason: z.enum(['not-a-lead-page', 'no-identity']) }),
  ]),
  'page.notice': z.object({ shown: z.boolean() }),
} satisfies Record<ContentRequest['type'], z.core.$ZodType>;

// ---- to and from the CSV import worker (lib/transfer/import-worker.ts) ------------
const ImportMappingSchema = z.record(z.string().regex(/^\d{1,4}$/), z.enum(MAPPING_TARGETS));
const Cells = z.array(z.string().max(100_000)).max(1_000);
const RequestId = z.number().int().nonnegative();
/** A worker request that failed: a storage error code (nothing was written), or 'bad-request'. */
const WorkerFailureCode = z.enum(['quota', 'upgrade', 'blocked', 'unavailable', 'invalid', 'unknown', 'bad-request']);

export const ImportWorkerRequest = z.discriminatedUnion('type', [
  /** Read, parse and preview a chosen file (the worker keeps the whole table). */
  z.object({ type: z.literal('import.open'), id: RequestId, file: z.instanceof(Blob) }),
  /** The rep changed the mapping: preview again. */
  z.object({ type: z.literal('import.map'), id: RequestId, mapping: ImportMappingSchema }),
  /** Count new and merged rows (read-only). */
  z.object({ type: z.literal('import.count'), id: RequestId }),
  /** Save the previewed rows, all or none. */
  z.object({ type: z.literal('import.run'), id: RequestId }),
]);
export type ImportWorkerRequest = z.infer<typeof ImportWorkerRequest>;

export const ImportSummarySchema = z.object({
  headers: Cells,
  sample: Cells,
  mapping: ImportMappingSchema,
  firstRows: z.array(z.object({ row: z.number().int().positive(), person: PersonCaptureSchema })).max(100),
  refused: z.array(z.object({ row: z.number().int().positive(), column: z.string().max(100_000).optional(), reason: z.enum(REFUSE_REASONS) })).max(100),
  refusedCount: z.number().int().nonnegative(),
  captureCount: z.number().int().nonnegative(),
  /** Set when the file was not UTF-8 and was read in this encoding (the screen says so). */
  assumedEncoding: z.enum(ASSUMED_ENCODINGS).optional(),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;
const OpenOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), summary: ImportSummarySchema }),
  z.object({ ok: z.literal(false), error: z.enum([...DECODE_ERRORS, ...PARSE_ERRORS]), row: z.number().int().positive().optional() }),
]);
export type OpenOutcome = z.infer<typeof OpenOutcomeSchema>;
const ImportCountsSchema = z.object({ created: z.number().int().nonnegative(), merged: z.number().int().nonnegative() });
export type ImportCounts = z.infer<typeof ImportCountsSchema>;
const ImportPhaseSchema = z.enum(['reading', 'saving']);
export type ImportPhase = z.infer<typeof ImportPhaseSchema>;

export const ImportWorkerReply = z.discriminatedUnion('type', [
  /** How far a long request got. */
  z.object({ type: z.literal('step'), id: RequestId, phase: ImportPhaseSchema, fraction: z.number().min(0).max(1) }),
  z.object({
    type: z.literal('opened'),
    id: RequestId,
    outcome: OpenOutcomeSchema,
  }),
  z.object({ type: z.literal('mapped'), id: RequestId, summary: ImportSummarySchema }),
  z.object({ type: z.literal('counted'), id: RequestId, counts: ImportCountsSchema }),
  z.object({ type: z.literal('imported'), id: RequestId, counts: ImportCountsSchema }),
  /** The request failed: a storage error code (nothing was written), or 'bad-request'. */
  z.object({ type: z.literal('failed'), id: RequestId, code: WorkerFailureCode }),
]);
export type ImportWorkerReply = z.infer<typeof ImportWorkerReply>;

// ---- to and from the backup restore's worker (lib/transfer/backup-worker.ts) -------
export const BackupWorkerRequest = z.discriminatedUnion('type', [
  /** Read and check a chosen backup file (the worker keeps what it parsed). */
  z.object({ type: z.literal('backup.open'), id: RequestId, file: z.instanceof(Blob) }),
  /** Restore the file opened last, all or nothing. */
  z.object({ type: z.literal('backup.restore'), id: RequestId, mode: z.enum(RESTORE_MODES) }),
]);
export type BackupWorkerRequest = z.infer<typeof BackupWorkerRequest>;

const Count = z.number().int().nonnegative();
export const BackupOpenOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), exportedAt: z.number().int(), leads: Count }),
  z.object({ ok: z.literal(false), error: z.enum(BACKUP_ERRORS), detail: z.string().max(300).optional() }),
]);
export type BackupOpenOutcome = z.infer<typeof BackupOpenOutcome>;

export const RestoreCountsSchema = z.object({
  leads: Count,
  companies: Count,
  activities: Count,
  stageHistory: Count,
  sequences: Count,
  enrolments: Count,
  settings: Count,
  /** Local records under another id folded into the backup's (merge). */
  duplicates: Count,
  /** Leads in the file left out: deleted for good here (lib/db/forgotten.ts). */
  forgotten: Count,
  /** Leads moved out of stages the pipeline in force does not have. */
  moved: Count,
  /** The rules changed for leads scored under others: a rescore of every lead was opened. */
  rescoring: z.boolean(),
});
export type RestoreCounts = z.infer<typeof RestoreCountsSchema>;

export const BackupWorkerReply = z.discriminatedUnion('type', [
  z.object({ type: z.literal('opened'), id: RequestId, outcome: BackupOpenOutcome }),
  z.object({ type: z.literal('restored'), id: RequestId, counts: RestoreCountsSchema }),
  /** A storage error code (nothing was written), or 'bad-request'. */
  z.object({ type: z.literal('failed'), id: RequestId, code: WorkerFailureCode }),
]);
export type BackupWorkerReply = z.infer<typeof BackupWorkerReply>;

// ---- envelope, MessageError, unwrap: ./content-protocol.ts ----------------------

export type BackgroundResponse<T extends BackgroundRequest['type']> = z.infer<(typeof BackgroundResponses)[T]>;
export type ContentResponse<T extends ContentRequest['type']> = z.infer<(typeof ContentResponses)[T]>;
