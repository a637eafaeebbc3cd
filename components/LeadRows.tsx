import type { Lead } from '@/lib/schema/records';
import { LeadSummary } from './LeadSummary';

/** A column of leads, each a button that opens it. */
export function LeadRows({ leads, onOpen }: { leads: Lead[]; onOpen(id: string): void }) {
  return (
    <ul className="lead-list">
      {leads.map((lead) => (
        <li key={lead.id}>
          <button type="button" className="row-button" onClick={() => onOpen(lead.id)}>
            <LeadSummary lead={lead} />
          </button>
        </li>
      ))}
    </ul>
  );
}
