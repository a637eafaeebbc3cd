/**
 * CSV import, in the order the import screen runs it: read the file's bytes,
 * split it into rows, map columns to fields, preview what would be saved and
 * left out, count new and merged people, then save everything in one go.
 */

export { decodeCsvFile, MAX_CSV_BYTES, type AssumedEncoding, type DecodeError, type DecodeResult } from './csv-decode';
export { parseCsv, parseCsvInChunks, MAX_COLUMNS, MAX_ROWS, type CsvTable, type ParseError, type ParseResult } from './csv-parse';
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
export { classifyDuplicates, importCaptures, type ImportCounts, type ImportProgress } from './import-save';
export { assumedEncodingKey, importErrorKey, type ImportErrorCode } from './import-codes';
export { type ImportPhase, type ImportSummary, type OpenOutcome } from './import-session';
