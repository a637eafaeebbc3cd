import { useEffect, useState } from 'react';
import { lookupLine } from '@/lib/crm/lookup-text';
import { t } from '@/lib/i18n';
import type { CrmLookupAnswer } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/transport';

/** Ask the background (cached and rate-limited there) whether the lead is in the connected CRM. */
export function useCrmLookup(leadId: string, ...identity: (string | undefined)[]): CrmLookupAnswer | undefined {
  // Asked again when the lead's e-mail or LinkedIn URL changes: they are what the CRM is searched by.
  const key = [leadId, ...identity].join('\n');
  const [got, setGot] = useState<{ key: string; answer: CrmLookupAnswer }>();
  useEffect(() => {
    let live = true;
    // No answer from our own background (a restart): the card goes without the line rather than blame the CRM.
    sendToBackground({ type: 'crm.lookup', leadId }).then(
      (found) => live && setGot({ key, answer: found.answer }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [leadId, key]);
  // An answer about the lead's previous e-mail or URL is not shown for the new ones.
  return got?.key === key ? got.answer : undefined;
}

/**
 * "Already in HubSpot" on a lead's card: owner, lifecycle stage and a link to the record, so
 * two reps do not prospect the same person. Nothing while no CRM is connected, or before the answer.
 */
export function CrmLookupLine({ lead }: { lead: { id: string; email?: string; linkedinUrl?: string; fullName?: string } }) {
  const answer = useCrmLookup(lead.id, lead.email, lead.linkedinUrl);
  // A lead with neither is searched by nothing: "not in HubSpot" would be a guess.
  if (!lead.email && !lead.linkedinUrl) return null;
  if (!answer || answer.status === 'not-connected') return null;
  return (
    <p className="small crm-lookup" data-testid="crm-lookup">
      <span>{lookupLine(answer)}</span>
      {answer.status === 'found' && (
        <>
          {' · '}
          <a href={answer.url} target="_blank" rel="noopener noreferrer" aria-label={t('crmLookup.openFor', { name: answer.name })}>
            {t('crmLookup.open')}
          </a>
        </>
      )}
    </p>
  );
}
