import { addActivity } from '../db/activities';
import type { ContentMessages } from '../i18n/content-messages';
import { classifyLinkedInUrl } from '../capture/linkedin-url';
import type { LeadsDatabase } from '../db/database';
import { findLeadForUrl } from '../db/queries';
import { saveCapture, type SaveResult } from '../db/save-capture';
import type { SavedSummary } from '../messaging/protocol';
import { MessageError } from '../messaging/protocol';
import { listenInBackground } from '../messaging/transport';
import { createTabFallbackLimiter, listPageOfSender, mayAsk, pageOfSender, senderKind, type SenderFacts } from '../messaging/senders';
import { pickedPersonCapture } from '../capture/list-capture';
import { importCaptures } from '../transfer/import-save';
import { browser } from 'wxt/browser';
import { setLabelByHand } from '../db/label';
import { saveRuleSet } from '../db/settings';
import { activeTab, loadLinkedInReader, readTab } from './read-page';
import { openPanel } from '../panel/open-panel';
import { rebuildOnce } from './figures';
import { localizeSequence } from '../i18n/default-names';
import { keepDiagnostic } from '../db/diagnostics';
import { crmHandlers } from './crm';
import { sharedCrmLookup } from './crm-lookup-wiring';
import { crmSyncHandlers } from './crm-sync';

export function summarize(result: SaveResult): SavedSummary {
  const name =
    result.kind === 'person'
      ? result.lead.fullName ?? result.lead.email ?? result.lead.linkedinUrl ?? ''
      : result.company.name ?? result.company.linkedinUrl ?? '';
  return { kind: result.kind, status: result.status, id: result.id, name };
}

export type BackgroundHooks = {
  /** A rule change was stored (or restored from a backup): rescore in the background. */
  rescore(): void;
  /** A page or the import worker wrote leads: notify the SQL crossings it recorded. */
  checkCrossings(): void;
  /** The in-page control's strings in the rep's language. */
  contentMessages(): Promise<ContentMessages>;
};

/** The extension's identity, against which senders are judged (injectable for tests); origin is any URL of ours. */
export type ExtensionIdentity = { id: string; origin: string };

function ownIdentity(): ExtensionIdentity {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}

/** The version that read the page, for a capture diagnostic. */
function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** The LinkedIn page a content script speaks for, or a refusal: the payload never names it. */
function senderPage(sender: SenderFacts): string {
  const url = pageOfSender(sender);
  if (!url) throw new MessageError('forbidden', 'no LinkedIn page in the sender tab');
  return url;
}

/** The background's side of the messaging protocol: every request judged by its sender first. */
export function setupMessageHandlers(
  db: LeadsDatabase,
  hooks: BackgroundHooks,
  now: () => number = Date.now,
  identity: () => ExtensionIdentity = ownIdentity,
): () => void {
  const tabFallback = createTabFallbackLimiter();
  const crmLookup = sharedCrmLookup(db, now);
  const kindOf = (sender: SenderFacts) => {
    const { id, origin } = identity();
    return senderKind(sender, id, origin);
  };
  return listenInBackground(
    {
      'capture.save': async ({ capture }, sender) => {
        if (kindOf(sender) === 'linkedin-content') {
          // The in-page control saves only the page it is on, as the browser reports it.
          const page = classifyLinkedInUrl(senderPage(sender));
          const wanted = page.kind === 'company' ? 'company' : 'person';
          if (capture.kind !== wanted) throw new MessageError('forbidden', 'capture is not the page in the tab');
        }
        return summarize(await saveCapture(db, capture, now()));
      },
      'capture.saveList': async ({ people }, sender) => {
        // Whoever asks, the people are from the list page in the sender's tab (its URL is their source).
        const page = listPageOfSender(sender);
        if (!page) throw new MessageError('forbidden', 'no LinkedIn list page in the sender tab');
        const at = now();
        const captures = people.map((person, i) => ({ row: i + 1, person: pickedPersonCapture(person, page.url, page.kind, at) }));
        // The import's bulk path: the same duplicate rules and merging, all people in one transaction.
        return importCaptures(db, captures, at);
      },
      'capture.diagnostic': async ({ report }, sender) => {
        // From our LinkedIn content script, only about a lead page in its own tab.
        if (kindOf(sender) === 'linkedin-content') senderPage(sender);
        await keepDiagnostic(db, report, now(), extensionVersion());
        return { kept: true as const };
      },
      'scoring.save': async ({ ruleSet }) => {
        const saved = await saveRuleSet(db, ruleSet, now());
        hooks.rescore();
        return { revision: saved.revision };
      },
      'i18n.content': async () => hooks.contentMessages(),
      'linkedin.reader': async (_request, sender) => {
        // Only into the LinkedIn page our own content script runs in (top frame, as the browser attests).
        if (kindOf(sender) !== 'linkedin-content' || sender.tab?.id === undefined) throw new MessageError('forbidden', 'not the LinkedIn content script');
        await loadLinkedInReader(sender.tab.id, sender.frameId ?? 0);
        return { loaded: true as const };
      },
      'lead.label': async ({ leadId, label }) => ({ label: (await setLabelByHand(db, leadId, label, now())).scoreLabel }),
      'lead.lookup': async (_request, sender) => {
        const url = senderPage(sender);
        const lead = await findLeadForUrl(db, url);
        return { url, lead: lead ? { id: lead.id, name: lead.fullName ?? '' } : null };
      },
      'panel.open': async ({ leadId, view }, sender) => {
        const target = leadId ? { lead: leadId } : view ? { view } : undefined;
        const tab = sender.tab ?? (await activeTab().catch(() => undefined));
        return { opened: await openPanel(tab, target, () => tabFallback.take(now())) };
      },
      'page.read': async ({ tabId }) => readTab(tabId ?? (await activeTab()).id!),
      'totals.rebuild': async () => {
        await rebuildOnce(db, now());
        return { rebuilt: true as const };
      },
      'crossings.check': async () => {
        hooks.checkCrossings();
        return { checked: true as const };
      },
      'rescore.run': async () => {
        hooks.rescore();
        return { started: true as const };
      },
      ...crmHandlers(db, now),
      'crm.lookup': async ({ leadId }, sender) => {
        // The content script asks about the profile in its own tab, as the browser reports it; pages name a saved lead.
        if (kindOf(sender) === 'linkedin-content') return crmLookup.forPage(senderPage(sender));
        if (!leadId) throw new MessageError('bad-request', 'no lead named');
        return crmLookup.forLead(leadId);
      },
      ...crmSyncHandlers(db, now),
      'touch.record': async ({ kind }, sender) => {
        const lead = await findLeadForUrl(db, senderPage(sender));
        if (!lead) return null;
        const at = now();
        const { activity } = await addActivity(db, { leadId: lead.id, kind, direction: 'outbound', at }, at);
        const sequence = activity.sequenceId ? await db.sequences.get(activity.sequenceId) : undefined;
        const step = sequence && localizeSequence(sequence).steps.find((s) => s.id === activity.stepId);
        return { id: lead.id, name: lead.fullName ?? '', completedStep: step?.title };
      },
    },
    (request, sender) => mayAsk(kindOf(sender), request.type),
  );
}
