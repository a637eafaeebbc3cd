import { z } from 'zod';
import { COMPANY_REPORT_FIELDS, LAYERS, PERSON_REPORT_FIELDS } from '../capture/linkedin/report';
import { VIA_NAMES } from '../capture/linkedin/via-names';

/**
 * A capture diagnostic: how one LinkedIn page was read (lib/capture/linkedin/report.ts),
 * kept so a rep can attach it to a bug report when LinkedIn changes its pages. It must
 * hold no personal data, so the schema admits only our own words: page kinds, outcomes,
 * layer names, the names of our selectors and rules, field names and booleans. A value
 * that is not one of ours (a name, a headline, an address) does not parse.
 */

const FIELD_NAMES = [...new Set<string>([...PERSON_REPORT_FIELDS, ...COMPANY_REPORT_FIELDS])] as [string, ...string[]];
const Field = z.enum(FIELD_NAMES);
const Layer = z.enum(LAYERS);
/** "topCard" or "topCard:h1.text-heading-xlarge": a layer, and one of our selectors or rules. */
const Via = z
  .string()
  .max(160)
  .refine((value) => {
    const [layer, ...rest] = value.split(':');
    const selector = rest.join(':');
    return (LAYERS as readonly string[]).includes(layer ?? '') && (rest.length === 0 || VIA_NAMES.has(selector));
  }, 'not one of our layers or selectors');

export const CaptureReportSchema = z.strictObject({
  pageKind: z.enum(['person', 'sales-nav-lead', 'company', 'other']),
  outcome: z.enum(['captured', 'no-name', 'not-found', 'other-profile', 'not-a-lead-page']),
  drift: z.enum(['none', 'no-name', 'weakest-only', 'unconfirmed']),
  layers: z.array(Layer).max(LAYERS.length),
  via: z.partialRecord(Field, Via),
  fields: z.partialRecord(Field, z.boolean()),
});
export type CaptureReport = z.infer<typeof CaptureReportSchema>;

/** What is stored: the report, when, and which version of the extension read the page. */
export const CaptureDiagnosticSchema = CaptureReportSchema.extend({
  id: z.number().int().positive().optional(),
  at: z.number().int().nonnegative(),
  version: z.string().max(40),
});
export type CaptureDiagnostic = z.infer<typeof CaptureDiagnosticSchema>;

/** At most this many are kept, newest first: enough to see a change, small enough to attach. */
export const MAX_DIAGNOSTICS = 200;

/** The exported file (Options > Diagnostics > Export diagnostics). */
export const DIAGNOSTICS_FORMAT = 'prospecting-assistant/capture-diagnostics';
export const DiagnosticsFileSchema = z.strictObject({
  format: z.literal(DIAGNOSTICS_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: z.number().int().nonnegative(),
  extensionVersion: z.string().max(40),
  records: z.array(CaptureDiagnosticSchema.omit({ id: true })).max(MAX_DIAGNOSTICS),
});
export type DiagnosticsFile = z.infer<typeof DiagnosticsFileSchema>;
