import { z } from 'zod';
import { epochMs } from '../schema/text';
import type { CrmAccount, CrmOwner, CrmPipeline } from './connector';

/**
 * A connected CRM, as kept in the `crmConnections` table (never in backups, exports or the
 * rescue file: it holds the token). Pages get `CrmConnectionView`, which has no token.
 */

export const CRMS = ['hubspot'] as const;
export type CrmName = (typeof CRMS)[number];

/** Schemas of the connector's account and owners (lib/crm/connector.ts), as they are kept. */
export const OWNER_LIMITS = { name: 200, email: 320, count: 5_000 };

export const CrmOwnerSchema = z.object({
  id: z.string().min(1).max(40),
  name: z.string().max(OWNER_LIMITS.name),
  email: z.string().max(OWNER_LIMITS.email),
}) satisfies z.ZodType<CrmOwner>;

/** Owners as kept: names and e-mails cut to their limits, at most OWNER_LIMITS.count (a large portal must still connect). */
export function keptOwners(owners: readonly CrmOwner[]): CrmOwner[] {
  return owners.slice(0, OWNER_LIMITS.count).map((o) => ({ id: o.id, name: o.name.slice(0, OWNER_LIMITS.name), email: o.email.length <= OWNER_LIMITS.email ? o.email : '' }));
}

/** The CRM account the token opens (HubSpot: a portal). */
export const CrmAccountSchema = z.object({
  accountId: z.string().min(1).max(40),
  /** Where the account's records are shown (app.hubspot.com, app-eu1.hubspot.com…), for links to them. */
  uiDomain: z.string().max(100).regex(/^[a-z0-9.-]+$/i),
  currency: z.string().max(3),
  timeZone: z.string().max(60),
}) satisfies z.ZodType<CrmAccount>;

export const CrmConnectionSchema = z.object({
  crm: z.enum(CRMS),
  /** Absent once disconnected: the row then only remembers which account the kept mapping belongs to. */
  token: z.string().min(1).max(2000).optional(),
  account: CrmAccountSchema,
  owners: z.array(CrmOwnerSchema).max(OWNER_LIMITS.count),
  connectedAt: epochMs,
  /**
   * 'reconnect': the CRM refused the token (revoked, expired, scopes taken away); what waits to
   * sync is kept. 'disconnected': the rep disconnected; the token is gone.
   */
  state: z.enum(['connected', 'reconnect', 'disconnected']),
});
export type CrmConnection = z.infer<typeof CrmConnectionSchema>;

/** What a page may see of a connection: everything but the token, of which only a hint. */
export const CrmConnectionViewSchema = CrmConnectionSchema.omit({ token: true }).extend({ tokenHint: z.string().max(40) });
export type CrmConnectionView = z.infer<typeof CrmConnectionViewSchema>;

/**
 * The token as the rep may see it again: its kind prefix and last four characters
 * ("pat-eu1-…4f2a"). Short tokens show only their last two.
 */
export function tokenHint(token: string): string {
  const prefix = /^([a-z]+-[a-z]{2}\d-)/i.exec(token)?.[1] ?? /^([a-z]+-)/i.exec(token)?.[1] ?? '';
  const tail = token.length >= 16 ? token.slice(-4) : token.slice(-2);
  return `${prefix}…${tail}`;
}

export function viewOf(connection: CrmConnection): CrmConnectionView {
  const { token, ...rest } = connection;
  return { ...rest, tokenHint: token ? tokenHint(token) : '' };
}

/** The CRM's deal pipelines as a page gets them (for the stage mapping). */
export const CrmPipelinesSchema = z
  .array(
    z.object({
      id: z.string().min(1).max(40),
      label: z.string().max(200),
      stages: z.array(z.object({ id: z.string().min(1).max(40), label: z.string().max(200), closed: z.boolean(), probability: z.number().min(0).max(1).optional() })).max(200),
    }),
  )
  .max(200) satisfies z.ZodType<CrmPipeline[]>;
