import * as z from 'zod/mini';

/**
 * Dates as epoch milliseconds, within a sane range (2000-01-01 .. 2100-01-01). Written
 * with Zod's small build: the popup parses the kept figures with it before it draws,
 * without Zod's full build (lib/schema/text.ts's epochMs is the same range for the rest).
 */
export const EPOCH_MIN = 946_684_800_000;
export const EPOCH_MAX = 4_102_444_800_000;
export const epochMsMini = z.int().check(z.minimum(EPOCH_MIN), z.maximum(EPOCH_MAX));
