import type { z } from 'zod';

/**
 * The last gate: a capture leaves the extractor only as the schema's output.
 * A field the schema refuses is dropped and the rest is parsed again, so one
 * odd value never costs the whole capture. Required fields (source, capturedAt)
 * cannot be dropped: if they fail, there is no capture.
 */

const MAX_ROUNDS = 25;

export function parseDroppingBadFields<S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown>,
  required: readonly string[],
): z.output<S> | undefined {
  const candidate: Record<string, unknown> = {};
  // Undefined keys are left out so the stored object has only real values.
  for (const [key, value] of Object.entries(input)) if (value !== undefined) candidate[key] = value;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const result = schema.safeParse(candidate);
    if (result.success) return compact(result.data);
    const bad = new Set(result.error.issues.map((issue) => issue.path[0]).filter((k): k is string => typeof k === 'string'));
    if (bad.size === 0 || required.some((key) => bad.has(key))) return undefined;
    for (const key of bad) delete candidate[key];
  }
  return undefined;
}

function compact<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) if (inner !== undefined) out[key] = inner;
  return out as T;
}

const MIN_EPOCH = 946_684_800_000;
const MAX_EPOCH = 4_102_444_800_000;

/** capturedAt must be a sane epoch; a broken clock value falls back to Date.now(). */
export function safeNow(now: number): number {
  return Number.isSafeInteger(now) && now >= MIN_EPOCH && now <= MAX_EPOCH ? now : Date.now();
}
