import { useState } from 'react';
import type { PanelTarget } from '@/lib/panel/open-panel';
import { usePanelStore } from '@/lib/ui/panel-store';
import { useWatchedTab } from '@/lib/ui/use-active-tab';
import { PanelApp, type PanelActions } from './PanelApp';
import type { FirstList } from './list/LeadFirstList';
import type { FirstLead } from './panel/LeadFirstCard';

/** Wires the panel to the browser: the watched tab, and the view asked for in the URL. */
export function PanelRoot({ query, actions, first, list }: { query: { target: PanelTarget; tabId?: number }; actions: PanelActions; first?: FirstLead; list?: FirstList }) {
  useState(() => {
    const view = query.target && 'view' in query.target ? query.target.view : undefined;
    // When the first view drew the list, lib/pages/panel-start.tsx set it already, and a row clicked there may have picked a lead since.
    if ((view === 'list' && !list) || view === 'new') usePanelStore.setState({ view });
  });
  const tab = useWatchedTab(query.tabId);
  return <PanelApp target={query.target} tab={tab} actions={actions} first={first} list={list} />;
}
