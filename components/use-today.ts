import { useEffect, useState } from 'react';
import { dayNumber } from '@/lib/metrics/daily-totals';
import { endOfDay } from '@/lib/calendar';

/** Today's local day number, moving on at midnight (a popup or dashboard left open keeps its windows right). */
export function useToday(): number {
  const [today, setToday] = useState(() => dayNumber(Date.now()));
  useEffect(() => {
    const timer = setTimeout(() => setToday(dayNumber(Date.now())), Math.max(1_000, endOfDay(Date.now()) - Date.now()));
    return () => clearTimeout(timer);
  }, [today]);
  return today;
}
