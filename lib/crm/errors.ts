/**
 * Why a CRM call failed, as the rep is told: the token was refused (revoked, expired,
 * missing scopes: connect again), the CRM could not be reached (network, its own errors:
 * try later), or it answered something this version does not understand.
 */
export type CrmFailure = 'refused' | 'unreachable' | 'unexpected';

export class CrmError extends Error {
  constructor(
    readonly failure: CrmFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'CrmError';
  }
}

/** The failure an HTTP status stands for. */
export function failureOfStatus(status: number): CrmFailure {
  if (status === 401 || status === 403) return 'refused';
  if (status === 429 || status >= 500) return 'unreachable';
  return 'unexpected';
}
