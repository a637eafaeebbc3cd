import type { Activity } from '../../schema/records';
import type { PushOutcome, PushRequest } from '../connector';
import { type Filter, associateDefault, batchCreate, batchRead, batchUpdate, batchUpsert, chunks, existingIdOf, inGroups, IN_VALUES, type NewObject, SEARCH_GROUPS, searchAll, type WriteInput } from './api';
import type { Refusal } from './refusals';
import { isCrmError } from '../errors';
import { profileUrlSpellingsOr, sameProfileUrl } from '../linkedin-spellings';
import { COMPANY_READ, CONTACT_READ, LINKEDIN_URL, RECORD_ID } from './fields';
import type { HubSpotHttp } from './http';
import {
  changedOnly,
  COMPANY_SOURCES,
  CONTACT_SOURCES,
  companyProperties,
  contactProperties,
  DEAL_SOURCES,
  dealProperties,
  domainOf,
  fillOnly,
  type IndustryOf,
  needsDeal,
  nextStepRecordId,
  noteProperties,
  type Properties,
  taskProperties,
} from './mapping';
import { ASSOCIATION_TYPE, type ObjectKind } from './objects';
import type { HubSpotObject } from './schemas';

/**
 * One push: companies, then contacts (and their company associations), deals, notes and
 * tasks, each in calls of at most 100 records. Safe to run again after any failure:
 * - a record with a known CRM id is updated;
 * - one without is first looked for (one search a chunk: our record id OR e-mail OR
 *   LinkedIn URL for contacts, OR domain OR name for companies); a match the team made
 *   only gets the fields it lacks, and never our record id;
 * - contacts, companies and deals we make are upserted by our record id, so a second
 *   run updates what the first made; notes and tasks (no unique values there) are
 *   searched by record id before they are created.
 */

export type PushContext = {
  http: HubSpotHttp;
  kindLabel: (kind: Activity['kind']) => string;
  now: number;
  /** Leads whose contact this push created: no note or task of theirs can exist yet, so none is searched for. */
  newContacts: Set<string>;
  /** CRM ids this push wrote, made or read, so known to exist now; and those a read found gone. */
  seen: Record<Checked, Set<string>>;
  absent: Record<Checked, Set<string>>;
  /** The portal's industry for our industry text (read once per connector; none matched: none sent). */
  industries: () => Promise<IndustryOf>;
};

type Match = { object: HubSpotObject; ours: boolean };

/** The kinds whose known ids are checked before an association names them (by link kind; `objectOf` names the HubSpot object). */
type Checked = 'contact' | 'company' | 'deal';
const objectOf = { contact: 'contacts', company: 'companies', deal: 'deals' } as const satisfies Record<Checked, ObjectKind>;

/**
 * Of these CRM ids of one kind, those HubSpot still has. Ids this push wrote are known; the
 * others are read (one batch read per 100) and remembered. A record of ours left unwritten
 * (nothing of it changed here) may have been deleted or merged away in HubSpot: an association
 * naming it would make HubSpot refuse the whole batch, round after round.
 */
async function existing(ctx: PushContext, kind: Checked, ids: readonly string[]): Promise<Set<string>> {
  const unknown = [...new Set(ids)].filter((id) => !ctx.seen[kind].has(id) && !ctx.absent[kind].has(id));
  for (const chunk of chunks(unknown)) {
    const found = new Set((await batchRead(ctx.http, objectOf[kind], chunk, [RECORD_ID], [])).map((o) => o.id));
    for (const id of chunk) (found.has(id) ? ctx.seen[kind] : ctx.absent[kind]).add(id);
  }
  return new Set(ids.filter((id) => ctx.seen[kind].has(id)));
}

/** Record what `existing` found gone as gone (its link is dropped), once. */
function noteAbsent(ctx: PushContext, outcome: PushOutcome, kind: Checked, localId: string, crmId: string): void {
  if (!ctx.absent[kind].has(crmId) || outcome.gone.some((g) => g.kind === kind && g.crmId === crmId)) return;
  outcome.gone.push({ kind, localId, crmId });
}

type Pair = { localId: string; companyId?: string; from: string; to: string };

/**
 * Associate pairs. HubSpot refuses the whole batch (400) when an end is gone (a contact or
 * company deleted there that this push did not write): then the ends are read, the gone ones
 * recorded as gone, and the rest sent again. Nothing is read when all goes well.
 */
async function associatePairs(ctx: PushContext, outcome: PushOutcome, from: 'contact' | 'deal', pairs: Pair[], to: 'contact' | 'company'): Promise<void> {
  if (pairs.length === 0) return;
  const send = (list: readonly Pair[]) => associateDefault(ctx.http, objectOf[from], objectOf[to], list.map((p): [string, string] => [p.from, p.to]));
  try {
    await send(pairs);
  } catch (error) {
    if (!isCrmError(error, 'rejected') || error.status !== 400) throw error;
    const kept = await withBothEnds(ctx, outcome, from, pairs, to);
    // Both ends of every pair are there: the refusal is about something else.
    if (kept.length === pairs.length) throw error;
    await send(kept);
  }
}

/** Of these pairs (ours -> a company), those whose two ends HubSpot still has; the gone ends are recorded. */
async function withBothEnds(ctx: PushContext, outcome: PushOutcome, from: 'contact' | 'deal', pairs: Pair[], to: 'contact' | 'company'): Promise<Pair[]> {
  const fromOk = await existing(ctx, from, pairs.map((p) => p.from));
  const toOk = await existing(ctx, to, pairs.map((p) => p.to));
  const kept: Pair[] = [];
  for (const p of pairs) {
    if (!fromOk.has(p.from)) noteAbsent(ctx, outcome, from, p.localId, p.from);
    if (!toOk.has(p.to)) noteAbsent(ctx, outcome, to, to === 'company' ? (p.companyId ?? '') : p.localId, p.to);
    if (fromOk.has(p.from) && toOk.has(p.to)) kept.push(p);
  }
  return kept;
}

function lower(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v).map((v) => v.toLowerCase()))];
}

function inFilter(propertyName: string, values: string[]): Filter[] {
  return values.length > 0 ? [{ propertyName, operator: 'IN', values }] : [];
}

type Equal = (stored: string | null | undefined, ours: string | undefined) => boolean;

/**
 * A chunk's contact search: our record ids OR e-mails OR LinkedIn URLs, in one request. The
 * groups left over hold the URLs' commonest other spellings (a teammate's paste), as many a
 * lead as fit, so matching a spelling costs no request more.
 */
export function contactSearchGroups(leads: readonly { id: string; email?: string; linkedinUrl?: string }[]): Filter[][] {
  const fixed = [inFilter(RECORD_ID, leads.map((l) => l.id)), inFilter('email', lower(leads.map((l) => l.email)))].filter((g) => g.length > 0);
  const urls = [...new Set(leads.map((l) => l.linkedinUrl).filter((v): v is string => !!v))];
  const groups = SEARCH_GROUPS - fixed.length;
  const each = urls.length === 0 ? 0 : Math.max(1, Math.floor((groups * IN_VALUES) / urls.length));
  const lists = urls.map((url) => profileUrlSpellingsOr(url, each));
  // Round-robin by rank: every lead's canonical spelling first, then every lead's second, and so on.
  const values: string[] = [];
  for (let rank = 0; rank < each; rank++) for (const list of lists) if (list[rank] !== undefined) values.push(list[rank]!);
  return [...fixed, ...inGroups(LINKEDIN_URL, values, groups)];
}

function same(a: string | null | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

/** The first found object whose property equals the value (or `equal` says so), by the properties in order of preference. */
function matchBy(found: HubSpotObject[], localId: string, keys: [string, string | undefined, Equal?][]): Match | undefined {
  const ours = found.find((o) => o.properties[RECORD_ID] === localId);
  if (ours) return { object: ours, ours: true };
  for (const [property, value, equal = same] of keys) {
    const theirs = found.find((o) => equal(o.properties[property], value));
    if (theirs) return { object: theirs, ours: false };
  }
  return undefined;
}

function withoutRecordId(properties: Properties): Properties {
  const { [RECORD_ID]: _claim, ...rest } = properties;
  return rest;
}

type Planned = { localId: string; crmId?: string; properties: Properties };

/**
 * The upsert of the records no search found. A contact whose e-mail another contact already
 * holds (HubSpot's search missed it: its index trails writes, and it does not search a
 * contact's other e-mails) is refused with 409 for the whole batch, naming that contact's
 * id. That contact is the team's: it is linked and gets only the fields it lacks (never our
 * record id), and the rest of the batch is sent again, once per such contact at most.
 */
async function upsertLinkingHolders(http: HubSpotHttp, kind: ObjectKind, creates: Planned[], ids: Record<string, string>, refused: Refusal[]): Promise<HubSpotObject[]> {
  let pending = creates;
  for (let attempt = 0; ; attempt++) {
    try {
      const written = await batchUpsert(http, kind, RECORD_ID, pending.map((p) => ({ id: p.localId, properties: withoutRecordId(p.properties) })));
      refused.push(...written.refused);
      return written.results;
    } catch (error) {
      const holderId = kind === 'contacts' && attempt < creates.length ? existingIdOf(error) : undefined;
      if (holderId === undefined) throw error;
      const [holder] = await batchRead(http, kind, [holderId], CONTACT_READ, []);
      const email = holder?.properties.email?.toLowerCase();
      const planned = email ? pending.find((p) => p.properties.email?.toLowerCase() === email) : undefined;
      if (!holder || !planned) throw error;
      const properties = holder.properties[RECORD_ID] === planned.localId ? withoutRecordId(planned.properties) : fillOnly(planned.properties, holder.properties);
      const filled = Object.keys(properties).length > 0 ? await batchUpdate(http, kind, [{ id: holder.id, properties, trace: planned.localId }]) : undefined;
      if (filled?.refused.length) refused.push(...filled.refused);
      else ids[planned.localId] = holder.id;
      pending = pending.filter((p) => p !== planned);
      if (pending.length === 0) return [];
    }
  }
}

/**
 * The updates of known and matched records. An e-mail changed here to one another contact
 * already holds is refused with 409 for the whole batch (naming that contact): the contact is
 * updated without the e-mail (it keeps its own; which of the two is the person is the team's
 * call in HubSpot), and the rest of the batch is sent again, once per such e-mail at most.
 */
async function updateLeavingHeldEmails(http: HubSpotHttp, kind: ObjectKind, inputs: WriteInput[]): Promise<{ missing: string[]; refused: Refusal[] }> {
  let pending = inputs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await batchUpdate(http, kind, pending);
    } catch (error) {
      const holderId = kind === 'contacts' && attempt < inputs.length ? existingIdOf(error) : undefined;
      if (holderId === undefined) throw error;
      const [holder] = await batchRead(http, kind, [holderId], ['email'], []);
      const email = holder?.properties.email?.toLowerCase();
      const refused = email ? pending.find((i) => i.id !== holderId && i.properties.email?.toLowerCase() === email) : undefined;
      if (!refused) throw error;
      const { email: _held, ...rest } = refused.properties;
      pending = pending.flatMap((i) => (i !== refused ? [i] : Object.keys(rest).length > 0 ? [{ ...i, properties: rest }] : []));
      if (pending.length === 0) return { missing: [], refused: [] };
    }
  }
}

/**
 * Update the known, fill the matched, upsert the rest by record id. Returns local -> CRM
 * ids, the known ids HubSpot no longer has, and the records HubSpot refused (left unlinked:
 * the rest of the batch is written all the same, refusals.ts).
 */
async function writeMatched(
  http: HubSpotHttp,
  kind: ObjectKind,
  planned: Planned[],
  match: (p: Planned) => Match | undefined,
): Promise<{ ids: Record<string, string>; gone: [string, string][]; created: Set<string>; seen: Set<string>; refused: Refusal[] }> {
  const ids: Record<string, string> = {};
  const seen = new Set<string>();
  const created = new Set<string>();
  const updates: { id: string; properties: Properties; localId: string; known: boolean }[] = [];
  const creates: Planned[] = [];
  for (const p of planned) {
    if (p.crmId) {
      // Nothing of it changed here that HubSpot receives: it stays as it is there.
      if (Object.keys(p.properties).every((name) => name === RECORD_ID)) ids[p.localId] = p.crmId;
      else updates.push({ id: p.crmId, properties: withoutRecordId(p.properties), localId: p.localId, known: true });
      continue;
    }
    const found = match(p);
    if (!found) {
      creates.push(p);
      continue;
    }
    ids[p.localId] = found.object.id;
    const properties = found.ours ? withoutRecordId(p.properties) : fillOnly(p.properties, found.object.properties);
    if (Object.keys(properties).length > 0) updates.push({ id: found.object.id, properties, localId: p.localId, known: false });
  }
  // One update per CRM record: two of ours matching one of theirs write it once.
  const unique = [...new Map(updates.map((u) => [u.id, u])).values()];
  const { missing, refused } = await updateLeavingHeldEmails(http, kind, unique.map(({ id, properties, localId }) => ({ id, properties, trace: localId })));
  // A refused update refuses every record of ours it was written for (two may share one of theirs).
  const reasonByCrmId = new Map(unique.flatMap((u) => refused.filter((r) => r.trace === u.localId).map((r) => [u.id, r.message] as const)));
  const gone: [string, string][] = [];
  for (const u of updates) {
    const reason = reasonByCrmId.get(u.id);
    if (reason !== undefined) {
      // Not linked: a match is looked for again next time; a known record keeps its stored link.
      delete ids[u.localId];
      if (!refused.some((r) => r.trace === u.localId)) refused.push({ trace: u.localId, message: reason });
    } else if (!missing.includes(u.id)) {
      ids[u.localId] = u.id;
      seen.add(u.id);
    } else if (u.known) {
      gone.push([u.localId, u.id]);
    }
  }
  const made = await upsertLinkingHolders(http, kind, creates, ids, refused);
  for (const object of made) {
    const localId = object.properties[RECORD_ID];
    if (!localId) continue;
    ids[localId] = object.id;
    seen.add(object.id);
    if (object.new === true) created.add(localId);
  }
  // An upsert answer that leaves out the record id property: find those by it.
  const unseen = creates.map((p) => p.localId).filter((id) => !ids[id] && !refused.some((r) => r.trace === id));
  if (unseen.length > 0) {
    for (const object of await searchAll(http, kind, [inFilter(RECORD_ID, unseen)], [RECORD_ID])) {
      const localId = object.properties[RECORD_ID];
      if (localId) ids[localId] = object.id;
    }
  }
  for (const id of Object.values(ids)) if (!planned.some((p) => p.crmId === id)) seen.add(id);
  return { ids, gone, created, seen, refused };
}

async function pushCompanies(ctx: PushContext, request: PushRequest, outcome: PushOutcome): Promise<void> {
  for (const chunk of chunks(request.companies)) {
    const unknown = chunk.filter((i) => !i.crmId);
    const found =
      unknown.length === 0
        ? []
        : await searchAll(
            ctx.http,
            'companies',
            [
              inFilter(RECORD_ID, unknown.map((i) => i.company.id)),
              inFilter('domain', lower(unknown.map((i) => domainOf(i.company.website)))),
              inFilter('name', lower(unknown.map((i) => i.company.name))),
            ],
            COMPANY_READ,
          );
    const industryOf = chunk.some((i) => i.company.industry) ? await ctx.industries() : undefined;
    const planned = chunk.map((i) => ({ localId: i.company.id, crmId: i.crmId, properties: i.crmId ? changedOnly(companyProperties(i.company, industryOf), COMPANY_SOURCES, i.changed) : companyProperties(i.company, industryOf) }));
    const byId = new Map(chunk.map((i) => [i.company.id, i.company]));
    const { ids, gone, seen, refused } = await writeMatched(ctx.http, 'companies', planned, (p) => {
      const company = byId.get(p.localId)!;
      return matchBy(found, p.localId, [
        ['domain', domainOf(company.website)],
        ['name', company.name],
      ]);
    });
    Object.assign(outcome.companies, ids);
    for (const id of seen) ctx.seen.company.add(id);
    for (const [, crmId] of gone) ctx.absent.company.add(crmId);
    for (const [localId, crmId] of gone) outcome.gone.push({ kind: 'company', localId, crmId });
    noteRefused(outcome, 'company', refused);
  }
}

async function pushContacts(ctx: PushContext, request: PushRequest, outcome: PushOutcome): Promise<void> {
  for (const chunk of chunks(request.leads)) {
    const unknown = chunk.filter((i) => !i.crmId);
    const found =
      unknown.length === 0
        ? []
        : await searchAll(
            ctx.http,
            'contacts',
            contactSearchGroups(unknown.map((i) => i.lead)),
            CONTACT_READ,
          );
    const planned = chunk.map((i) => ({ localId: i.lead.id, crmId: i.crmId, properties: i.crmId ? changedOnly(contactProperties(i.lead), CONTACT_SOURCES, i.changed) : contactProperties(i.lead) }));
    const byId = new Map(chunk.map((i) => [i.lead.id, i.lead]));
    const { ids, gone, created, seen, refused } = await writeMatched(ctx.http, 'contacts', planned, (p) => {
      const lead = byId.get(p.localId)!;
      return matchBy(found, p.localId, [
        ['email', lead.email],
        [LINKEDIN_URL, lead.linkedinUrl, sameProfileUrl],
      ]);
    });
    Object.assign(outcome.contacts, ids);
    for (const leadId of created) ctx.newContacts.add(leadId);
    for (const id of seen) ctx.seen.contact.add(id);
    for (const [, crmId] of gone) ctx.absent.contact.add(crmId);
    for (const [localId, crmId] of gone) outcome.gone.push({ kind: 'contact', localId, crmId });
    noteRefused(outcome, 'contact', refused);

    const pairs: Pair[] = [];
    for (const item of chunk) {
      const { lead } = item;
      if (!associationDue(item, request, outcome)) continue;
      const contact = ids[lead.id];
      const company = companyOf(request, outcome, lead);
      if (contact && company) pairs.push({ localId: lead.id, companyId: lead.companyId, from: contact, to: company });
    }
    await associatePairs(ctx, outcome, 'contact', pairs, 'company');
  }
}

/** The CRM id of the lead's company: linked in this push, or before. */
function companyOf(request: PushRequest, outcome: PushOutcome, lead: PushRequest['leads'][number]['lead']): string | undefined {
  return lead.companyId ? (outcome.companies[lead.companyId] ?? request.companyCrmIds?.[lead.companyId]) : undefined;
}

/**
 * Whether a lead's contact (and deal) needs its associations sent: when it is new to HubSpot,
 * its company changed, or its company was linked in this push. Otherwise they are there
 * already, and a push of a changed title costs one request, not three.
 */
function associationDue(item: PushRequest['leads'][number], request: PushRequest, outcome: PushOutcome): boolean {
  if (!item.crmId || item.changed === undefined || item.changed.includes('companyId')) return true;
  const companyId = item.lead.companyId;
  return companyId !== undefined && outcome.companies[companyId] !== undefined && outcome.companies[companyId] !== request.companyCrmIds?.[companyId];
}

async function pushDeals(ctx: PushContext, request: PushRequest, outcome: PushOutcome): Promise<void> {
  const leads = request.leads.filter((i) => needsDeal(i.lead, request.firstStageId));
  for (const chunk of chunks(leads)) {
    // A known deal with nothing to send whose associations are due is read first: one deleted
    // in HubSpot is made again (whole), not named in an association HubSpot would refuse.
    const planned = chunk.map((i) => {
      const all = withoutRecordId(dealProperties(i.lead, request.mapping));
      return { item: i, all, changed: i.dealCrmId ? changedOnly(all, DEAL_SOURCES, i.changed) : all };
    });
    const idle = planned.filter((p) => p.item.dealCrmId && Object.keys(p.changed).length === 0 && associationDue(p.item, request, outcome));
    const still = await existing(ctx, 'deal', idle.map((p) => p.item.dealCrmId!));
    // Deals are always ours: an upsert by record id updates or creates, in one call. One
    // HubSpot has gets only what changed here (a teammate may have moved its close date);
    // one found gone is made again whole.
    const inputs = planned.flatMap(({ item, all, changed }) => {
      const properties = item.dealCrmId !== undefined && ctx.absent.deal.has(item.dealCrmId) ? all : changed;
      return Object.keys(properties).length > 0 ? [{ id: item.lead.id, properties }] : [];
    });
    const made = await batchUpsert(ctx.http, 'deals', RECORD_ID, inputs);
    for (const object of made.results) {
      const leadId = object.properties[RECORD_ID];
      if (leadId) outcome.deals[leadId] = object.id;
      ctx.seen.deal.add(object.id);
    }
    noteRefused(outcome, 'deal', made.refused);
    const toContacts: Pair[] = [];
    const toCompanies: Pair[] = [];
    for (const item of chunk) {
      const { lead } = item;
      if (item.dealCrmId && !associationDue(item, request, outcome)) continue;
      // Written now, or known and still there (nothing of it changed here).
      const deal = outcome.deals[lead.id] ?? (item.dealCrmId && still.has(item.dealCrmId) ? item.dealCrmId : undefined);
      if (!deal) continue;
      const contact = outcome.contacts[lead.id];
      if (contact) toContacts.push({ localId: lead.id, from: deal, to: contact });
      const company = companyOf(request, outcome, lead);
      if (company) toCompanies.push({ localId: lead.id, companyId: lead.companyId, from: deal, to: company });
    }
    await associatePairs(ctx, outcome, 'deal', toContacts, 'contact');
    await associatePairs(ctx, outcome, 'deal', toCompanies, 'company');
  }
}

type Engagement = { localId: string; crmId?: string; contact?: string; leadId: string; properties: Properties };

/** Notes and tasks: update the known, find by record id, create the rest with their contact association. */
async function pushEngagements(ctx: PushContext, kind: 'notes' | 'tasks', items: Engagement[], associationTypeId: number): Promise<{ ids: Record<string, string>; gone: [string, string][]; refused: Refusal[] }> {
  const ids: Record<string, string> = {};
  const gone: [string, string][] = [];
  const refused: Refusal[] = [];
  for (const chunk of chunks(items)) {
    // Notes and tasks are made with their contact: one this push created has none yet.
    const unknown = chunk.filter((i) => !i.crmId && !ctx.newContacts.has(i.leadId));
    const found = unknown.length === 0 ? [] : await searchAll(ctx.http, kind, [inFilter(RECORD_ID, unknown.map((i) => i.localId))], [RECORD_ID]);
    const foundBy = new Map(found.map((o) => [o.properties[RECORD_ID] ?? '', o.id]));
    const updates = chunk.flatMap((i) => {
      const id = i.crmId ?? foundBy.get(i.localId);
      return id ? [{ id, properties: withoutRecordId(i.properties), localId: i.localId, known: !!i.crmId }] : [];
    });
    const updated = await batchUpdate(ctx.http, kind, updates.map(({ id, properties, localId }) => ({ id, properties, trace: localId })));
    refused.push(...updated.refused);
    const refusedHere = new Set(updated.refused.map((r) => r.trace));
    for (const u of updates) {
      if (refusedHere.has(u.localId)) continue;
      if (!updated.missing.includes(u.id)) ids[u.localId] = u.id;
      else if (u.known) gone.push([u.localId, u.id]);
    }
    const creates = chunk.filter((i) => !i.crmId && !foundBy.has(i.localId) && i.contact);
    const inputs: NewObject[] = creates.map((i) => ({
      properties: i.properties,
      associations: [{ to: { id: i.contact! }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId }] }],
      trace: i.localId,
    }));
    const made = await batchCreate(ctx.http, kind, inputs);
    refused.push(...made.refused);
    for (const object of made.results) {
      const localId = object.properties[RECORD_ID];
      if (localId) ids[localId] = object.id;
    }
  }
  return { ids, gone, refused };
}

/** Records HubSpot refused, by kind, for the outcome (the sync keeps them, with the reason, until a push of them goes through). */
function noteRefused(outcome: PushOutcome, kind: PushOutcome['refused'][number]['kind'], refused: readonly Refusal[]): void {
  for (const { trace, message } of refused) outcome.refused.push({ kind, localId: trace, message });
}

/**
 * The lead's contact for its notes and tasks: this push's, else the linked one, unless this push
 * found it gone (deleted or merged in HubSpot): an association to it would make HubSpot refuse
 * the whole batch, round after round.
 */
function contactOf(request: PushRequest, outcome: PushOutcome, leadId: string): { id?: string; reason: 'no-contact' | 'contact-gone' } {
  const id = outcome.contacts[leadId] ?? request.contactCrmIds?.[leadId];
  if (id !== undefined && outcome.gone.some((g) => g.kind === 'contact' && g.crmId === id)) return { reason: 'contact-gone' };
  return { id, reason: 'no-contact' };
}

/**
 * The linked contacts this push's new notes and tasks go on but did not write (their lead's
 * fields sent to HubSpot did not change) are read first: one deleted or merged away there is
 * found gone, as an update would have found it, instead of refusing the whole create batch.
 * Updates of notes and tasks HubSpot has name no contact: nothing to read for them.
 */
async function confirmContacts(ctx: PushContext, request: PushRequest, outcome: PushOutcome): Promise<void> {
  const creates = [...request.touches.filter((t) => !t.crmId).map((t) => t.activity.leadId), ...request.nextSteps.filter((n) => !n.crmId).map((n) => n.lead.id)];
  const contacts = new Map<string, string>();
  for (const leadId of new Set(creates)) {
    const id = outcome.contacts[leadId] ?? request.contactCrmIds?.[leadId];
    if (id !== undefined) contacts.set(leadId, id);
  }
  const still = await existing(ctx, 'contact', [...contacts.values()]);
  for (const [leadId, crmId] of contacts) if (!still.has(crmId)) noteAbsent(ctx, outcome, 'contact', leadId, crmId);
}

export async function pushAll(ctx: PushContext, request: PushRequest): Promise<PushOutcome> {
  const outcome: PushOutcome = { companies: {}, contacts: {}, deals: {}, notes: {}, tasks: {}, gone: [], skipped: [], refused: [] };
  await pushCompanies(ctx, request, outcome);
  await pushContacts(ctx, request, outcome);
  await pushDeals(ctx, request, outcome);
  await confirmContacts(ctx, request, outcome);

  const notes: Engagement[] = [];
  for (const { activity, crmId } of request.touches) {
    const { id: contact, reason } = contactOf(request, outcome, activity.leadId);
    if (!contact && !crmId) {
      outcome.skipped.push({ kind: 'note', localId: activity.id, reason });
      continue;
    }
    notes.push({ localId: activity.id, crmId, contact, leadId: activity.leadId, properties: noteProperties(activity, ctx.kindLabel(activity.kind)) });
  }
  const pushedNotes = await pushEngagements(ctx, 'notes', notes, ASSOCIATION_TYPE.noteToContact);
  Object.assign(outcome.notes, pushedNotes.ids);
  for (const [localId, crmId] of pushedNotes.gone) outcome.gone.push({ kind: 'note', localId, crmId });
  noteRefused(outcome, 'note', pushedNotes.refused);

  const tasks: Engagement[] = [];
  for (const { lead, crmId } of request.nextSteps) {
    const { id: contact, reason } = contactOf(request, outcome, lead.id);
    const localId = nextStepRecordId(lead.id);
    if (!contact && !crmId) {
      outcome.skipped.push({ kind: 'task', localId, reason });
      continue;
    }
    tasks.push({ localId, crmId, contact, leadId: lead.id, properties: taskProperties(lead, ctx.now) });
  }
  const pushedTasks = await pushEngagements(ctx, 'tasks', tasks, ASSOCIATION_TYPE.taskToContact);
  Object.assign(outcome.tasks, pushedTasks.ids);
  for (const [localId, crmId] of pushedTasks.gone) outcome.gone.push({ kind: 'task', localId, crmId });
  noteRefused(outcome, 'task', pushedTasks.refused);
  return outcome;
}
