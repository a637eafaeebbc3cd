import { lazy, Suspense } from 'react';
import { useLiveAfterPaint } from '../first-view/use-live-after-paint';
import type { PanelTarget } from '@/lib/panel/open-panel';
import type { PanelActions } from '../PanelApp';
import { LeadFirstCard, type FirstLead } from './LeadFirstCard';
import { PanelNav } from './PanelNav';

// The live panel (Dexie, the write layer, the card's sections), once the first view is on screen; it loads the whole catalog once drawn.
const PanelLive = lazy(() => import('./PanelLive'));

type Props = { query: { target: PanelTarget; tabId?: number }; actions: PanelActions; first: FirstLead | undefined };

/**
 * The side panel's first view when it is opened on a lead: the panel's navigation and the
 * lead's card header, drawn from the lead read before Dexie was loaded (`first`;
 * undefined when it could not be read that way, and the live panel draws everything).
 * Then the live panel takes over, drawing the same card with its sections.
 */
export function PanelFirstView({ query, actions, first }: Props) {
  const live = useLiveAfterPaint(first !== undefined);
  const shell = first && <PanelShell first={first} />;
  if (!live) return shell;
  return (
    <Suspense fallback={shell}>
      <PanelLive query={query} actions={actions} first={first} shell={shell} />
    </Suspense>
  );
}

/** The first view itself: the panel's navigation and the lead's card header. */
export function PanelShell({ first }: { first: FirstLead }) {
  return (
    <main className="panel">
      <PanelNav />
      <LeadFirstCard {...first} />
    </main>
  );
}
