import { lazy, Suspense } from 'react';
import { useLiveAfterPaint } from '../first-view/use-live-after-paint';
import type { PanelTarget } from '@/lib/panel/open-panel';
import type { PanelActions } from '../PanelApp';
import { LeadFirstList, type FirstList } from '../list/LeadFirstList';
import { LeadFirstCard, type FirstLead } from './LeadFirstCard';
import { PanelNav } from './PanelNav';

// The live panel (Dexie, the write layer, the card's sections), once the first view is on screen; it loads the whole catalog once drawn.
const PanelLive = lazy(() => import('./PanelLive'));

type Props = { query: { target: PanelTarget; tabId?: number }; actions: PanelActions; first: FirstLead | undefined; list?: FirstList };

/**
 * The side panel's first view when it is opened on a lead or on the list: the panel's
 * navigation and the lead's card header (`first`) or the list's first rows (`list`), drawn
 * from rows read before Dexie was loaded (undefined when they could not be read that way,
 * and the live panel draws everything). Then the live panel takes over, drawing the same
 * card with its sections, or the same list with its filters.
 */
export function PanelFirstView({ query, actions, first, list }: Props) {
  const live = useLiveAfterPaint(first !== undefined || list !== undefined);
  const shell = (first || list) && <PanelShell first={first} list={list} />;
  if (!live) return shell;
  return (
    <Suspense fallback={shell}>
      <PanelLive query={query} actions={actions} first={first} list={list} shell={shell} />
    </Suspense>
  );
}

/** The first view itself: the panel's navigation and the lead's card header or the list's first rows. */
export function PanelShell({ first, list }: { first?: FirstLead; list?: FirstList }) {
  return (
    <main className="panel">
      <PanelNav />
      {first ? <LeadFirstCard {...first} /> : list && <LeadFirstList {...list} />}
    </main>
  );
}
