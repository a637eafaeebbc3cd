/**
 * The names a CSV import's messages use: its error codes (each the key
 * `transfer.error.<code>`) and the fields a column can fill. Kept apart from the
 * parser and the header synonyms: the messaging protocol, bundled into content
 * scripts, names them without pulling those in.
 */
import { PERSON_FIELDS } from '../capture/schema';

/** Captured person fields a spreadsheet does not carry (a photo URL, LinkedIn's internal id). */
const NOT_IMPORTED = new Set<string>(['photoUrl', 'publicId']);
export type ImportField = Exclude<(typeof PERSON_FIELDS)[number], 'photoUrl' | 'publicId'> | 'salesNavUrl' | 'website';

/** The person fields a column can fill: the captured ones, plus two a CRM export often has. */
export const IMPORT_FIELDS: readonly ImportField[] = [
  ...PERSON_FIELDS.filter((f): f is Exclude<(typeof PERSON_FIELDS)[number], 'photoUrl' | 'publicId'> => !NOT_IMPORTED.has(f)),
  'salesNavUrl',
  'website',
];

/** What a column can be mapped to: a field, or nothing. */
export const MAPPING_TARGETS = [...IMPORT_FIELDS, 'ignore'] as const;
export type MappingTarget = (typeof MAPPING_TARGETS)[number];

/** Column index → target. */
export type ImportMapping = Record<number, MappingTarget>;

export const DECODE_ERRORS = ['binary', 'encoding', 'empty', 'too-large'] as const;
export type DecodeError = (typeof DECODE_ERRORS)[number];

/** Encodings a file that is not UTF-8 may be read in, the rep being told which (`transfer.assumed.<encoding>`). */
export const ASSUMED_ENCODINGS = ['windows-1250', 'windows-1251', 'windows-1252'] as const;
export type AssumedEncoding = (typeof ASSUMED_ENCODINGS)[number];
export const assumedEncodingKey = (encoding: AssumedEncoding) => `transfer.assumed.${encoding}` as const;

export const PARSE_ERRORS = ['no-header', 'too-many-columns', 'too-many-rows', 'malformed'] as const;
export type ParseError = (typeof PARSE_ERRORS)[number];

export const REFUSE_REASONS = ['no-identity', 'bad-email', 'bad-url', 'bad-phone', 'extra-cells'] as const;
export type RefuseReason = (typeof REFUSE_REASONS)[number];

export type ImportErrorCode = DecodeError | ParseError | RefuseReason;
export const importErrorKey = (code: ImportErrorCode) => `transfer.error.${code}` as const;
