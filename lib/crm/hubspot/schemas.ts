import { z } from 'zod';

/**
 * The shapes of HubSpot's answers that the connector reads, and nothing more: unknown
 * keys pass (HubSpot adds fields), a missing or mistyped field we rely on fails the parse.
 * Property values can be null in real answers (a property asked for but unset).
 */

const isoTime = z.string().refine((v) => Number.isFinite(Date.parse(v)), 'a date-time');

export const HubSpotErrorSchema = z.object({
  message: z.string(),
  category: z.string().optional(),
  correlationId: z.string().optional(),
  /** MISSING_SCOPES names the scopes in its errors' context (older answers: requiredScopes). */
  errors: z
    .array(z.object({ context: z.object({ requiredGranularScopes: z.array(z.string()).optional(), requiredScopes: z.array(z.string()).optional() }).partial().optional() }).partial())
    .optional(),
});
/** A 429's answer: which limit was met (TEN_SECONDLY_ROLLING, SECONDLY, DAILY). */
export const RateLimitErrorSchema = z.object({ policyName: z.string().optional() });

export const ObjectSchema = z.object({
  id: z.string(),
  properties: z.record(z.string(), z.string().nullable()),
  propertiesWithHistory: z
    .record(z.string(), z.array(z.object({ value: z.string().nullable(), timestamp: isoTime, sourceType: z.string().optional() })))
    .optional(),
  createdAt: isoTime,
  updatedAt: isoTime,
  archived: z.boolean().optional(),
  /** Upsert answers: whether the record was created by this call. */
  new: z.boolean().optional(),
});
export type HubSpotObject = z.infer<typeof ObjectSchema>;

const BatchErrorSchema = z.object({ message: z.string(), category: z.string().optional(), context: z.record(z.string(), z.array(z.string())).optional() });

export const BatchObjectsSchema = z.object({
  status: z.string(),
  results: z.array(ObjectSchema),
  errors: z.array(BatchErrorSchema).optional(),
});
export type BatchObjects = z.infer<typeof BatchObjectsSchema>;

export const SearchSchema = z.object({
  total: z.number().int(),
  results: z.array(ObjectSchema),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

export const AccountSchema = z.object({
  portalId: z.number().int(),
  companyCurrency: z.string(),
  timeZone: z.string(),
  uiDomain: z.string(),
});

export const OwnersSchema = z.object({
  results: z.array(z.object({ id: z.string(), email: z.string().optional(), firstName: z.string().optional(), lastName: z.string().optional(), archived: z.boolean().optional() })),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

export const PipelinesSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      archived: z.boolean().optional(),
      displayOrder: z.number().optional(),
      stages: z.array(z.object({ id: z.string(), label: z.string(), displayOrder: z.number().optional(), archived: z.boolean().optional(), metadata: z.record(z.string(), z.string()).optional() })),
    }),
  ),
});

export const PropertiesSchema = z.object({ results: z.array(z.object({ name: z.string(), groupName: z.string().optional(), hasUniqueValue: z.boolean().optional() })) });
export const PropertySchema = z.object({ name: z.string() });
/** An enumeration property's choices (lifecycle stages): only what is read. */
export const PropertyOptionsSchema = z.object({
  name: z.string(),
  options: z.array(z.object({ label: z.string(), value: z.string(), hidden: z.boolean().optional() })),
});

export const DefaultAssociationsSchema = z.object({ status: z.string(), results: z.array(z.object({ from: z.object({ id: z.string() }), to: z.object({ id: z.string() }) })) });

/** 204 answers: no body. */
export const NoContentSchema = z.undefined();
