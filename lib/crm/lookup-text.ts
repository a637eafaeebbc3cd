import { t, type MessageKey } from '../i18n';
import type { CrmLookupAnswer } from '../messaging/content-protocol';

/** HubSpot's default lifecycle stages, which have words of ours in every language. */
const KNOWN_STAGES = new Set(['subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer', 'evangelist', 'other']);

/** A lifecycle stage in words: ours for HubSpot's defaults, else as the portal names it. */
export function lifecycleLabel(stage: string): string {
  return KNOWN_STAGES.has(stage) ? t(`crmLookup.stage.${stage}` as MessageKey) : stage;
}

/**
 * What the in-page line and the side panel say about a lookup: "In HubSpot · owner Jane Doe · Lead".
 * Empty when no CRM is connected (nothing to say). Shared by the content script: kept tiny.
 */
export function lookupLine(answer: CrmLookupAnswer | undefined): string {
  if (!answer) return t('crmLookup.checking');
  switch (answer.status) {
    case 'not-connected':
      return '';
    case 'not-found':
      return t('crmLookup.notFound');
    case 'unavailable':
      return t(`crmLookup.${answer.reason}`);
    case 'found':
      return [t('crmLookup.found'), answer.owner ? t('crmLookup.owner', { name: answer.owner }) : t('crmLookup.noOwner'), answer.lifecycleStage && lifecycleLabel(answer.lifecycleStage)]
        .filter(Boolean)
        .join(' · ');
  }
}
