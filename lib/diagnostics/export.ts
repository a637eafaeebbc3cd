import { DIAGNOSTICS_FORMAT, DiagnosticsFileSchema, type CaptureDiagnostic, type DiagnosticsFile } from './schema';

/**
 * The exported diagnostics file: the notes as stored (without their row numbers), the
 * time of export and the extension version, checked against its schema on the way out
 * so a file never carries more than the schema admits.
 */
export function diagnosticsFile(records: readonly CaptureDiagnostic[], exportedAt: number, extensionVersion: string): DiagnosticsFile {
  return DiagnosticsFileSchema.parse({
    format: DIAGNOSTICS_FORMAT,
    formatVersion: 1,
    exportedAt,
    extensionVersion,
    records: records.map(({ id: _id, ...rest }) => rest),
  });
}
