import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { countDue, dueEnrolments } from '@/lib/db/due';
import { endOfDay } from '@/lib/calendar';
import { useDb } from '../db-context';
import { StepCard } from './StepCard';
import { localizeSequence } from '@/lib/i18n/default-names';
import { DueSection, type FirstDue } from './DueSection';

/** "End of today", moving on at midnight. */
function useEndOfToday(): number {
  const [until, setUntil] = useState(() => endOfDay(Date.now()));
  useEffect(() => {
    const timer = setTimeout(() => setUntil(endOfDay(Date.now())), Math.max(1_000, until - Date.now()));
    return () => clearTimeout(timer);
  }, [until]);
  return until;
}

/** Follow-up steps due today or overdue, soonest first, each with its message ready to copy. Read from the dueAt index. */
export function DueSteps({
  limit,
  onOpenLead,
  first,
  pending = null,
  onHeight,
}: {
  limit: number;
  onOpenLead(id: string): void;
  /** What the side panel's first view drew: drawn the same (live cards) until this reads, so nothing moves. */
  first?: FirstDue;
  /** Drawn until this reads when there is no `first` (the popup keeps room for the section). */
  pending?: ReactNode;
  /** Told the room the section takes (its height and margins) whenever it changes (the popup remembers it for its next first view). */
  onHeight?(px: number): void;
}) {
  const db = useDb();
  const until = useEndOfToday();
  const read = useLiveQuery(async () => {
    const enrolments = await dueEnrolments(db, until, limit);
    const leads = await db.leads.bulkGet(enrolments.map((e) => e.leadId));
    const sequences = await db.sequences.bulkGet(enrolments.map((e) => e.sequenceId));
    return { items: enrolments.map((e, i) => ({ enrolment: e, lead: leads[i], sequence: sequences[i] && localizeSequence(sequences[i]) })), total: await countDue(db, until) };
  }, [db, until, limit]);
  const due = read ?? first;
  const section = useRef<HTMLElement>(null);
  const drawn = due !== undefined;
  useLayoutEffect(() => {
    const element = section.current;
    if (!onHeight || !element || typeof ResizeObserver === 'undefined') return;
    // The room it takes, its own margins too (a block in its place has none).
    const observer = new ResizeObserver(() => {
      const style = getComputedStyle(element);
      onHeight(element.offsetHeight + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [onHeight, drawn]);
  if (!due) return pending;
  return <DueSection ref={section} due={due} card={({ enrolment, lead, sequence }) => <StepCard enrolment={enrolment} sequence={sequence} lead={lead} showLead={onOpenLead} />} />;
}
