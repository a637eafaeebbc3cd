import type { MatchedOperation } from './contract';
import { apiError, type Reply } from './reply';

/**
 * The scope a call needs, as HubSpot's scope reference gives it. For the objects endpoints the
 * documents' `security` names exactly one (notes and tasks are contacts' engagements:
 * crm.objects.contacts.*); for properties, pipelines, owners and associations the documents
 * list every scope any object type might need, so those follow HubSpot's per-type rule here
 * (a property of contacts needs crm.schemas.contacts.read/write; engagements' properties,
 * the contacts' schema scopes). Account details need none beyond the token.
 */
export function requiredScope(method: string, matched: MatchedOperation): string | undefined {
  const template = matched.template;
  const write = !(method === 'GET' || /\/(batch\/read|search)$/.test(template));
  const ofType = (type: string) => (type === 'notes' || type === 'tasks' ? 'contacts' : type === '0-3' ? 'deals' : type);
  const objects = /^\/crm\/v3\/objects\/([^/]+)/.exec(template);
  if (objects) {
    const documented = matched.operation.security?.[0]?.oauth2;
    return documented?.length === 1 ? documented[0] : `crm.objects.${ofType(objects[1] ?? '')}.${write ? 'write' : 'read'}`;
  }
  if (template.startsWith('/crm/v3/properties/')) return `crm.schemas.${ofType(matched.params.objectType ?? '')}.${method === 'GET' ? 'read' : 'write'}`;
  if (template.startsWith('/crm/v3/pipelines/')) return 'crm.objects.deals.read';
  if (template === '/crm/v3/owners') return 'crm.objects.owners.read';
  if (template.startsWith('/crm/v4/associations/')) return `crm.objects.${ofType(matched.params.fromObjectType ?? '')}.write`;
  return undefined;
}

/** HubSpot's 403 for a scope the token's app lacks (the shape real HubSpot sends). */
export function missingScope(scope: string): Reply {
  const reply = apiError(403, 'MISSING_SCOPES', "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.");
  return { ...reply, body: { ...(reply.body as object), errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: [scope] } }], links: { scopes: 'https://developers.hubspot.com/scopes' } } };
}
