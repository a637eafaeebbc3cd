/**
 * CSV import, in the order the import screen runs it: read the file's bytes,
 * split it into rows, map columns to fields, preview what would be saved and
 * left out, count new and merged people, then save everything in one go.
 */
import type { DecodeError } from './csv-decode';
import type { ParseError } from './csv-parse';
import type { RefuseReason } from './import-preview';

export { decodeCsvFile, MAX_CSV_BYTES, type DecodeError, type DecodeResult } from './csv-decode';
export { parseCsv, MAX_COLUMNS, type CsvTable, type ParseError, type ParseResult } from './csv-parse';
export {
  autoMapping,
  headerKey,
  IMPORT_FIELDS,
  MAPPING_TARGETS,
  type ImportField,
  type ImportMapping,
  type MappingTarget,
} from './import-fields';
export { previewImport, type ImportCapture, type ImportPreview, type ImportRefusal, type RefuseReason } from './import-preview';
export { classifyDuplicates, importCaptures, PROGRESS_EVERY, type ImportCounts, type ImportProgress } from './import-save';

/** Every code an import can report; each is the key `transfer.error.<code>`. */
export type ImportErrorCode = DecodeError | ParseError | RefuseReason;
export const importErrorKey = (code: ImportErrorCode) => `transfer.error.${code}` as const;
