import type { ReactNode } from 'react';
import type { PanelTarget } from '@/lib/panel/open-panel';
import { tellBackgroundOfCommits, WholeCatalogOnceDrawn, WithDatabase } from '@/lib/pages/mount';
import type { PanelActions } from '../PanelApp';
import { PanelRoot } from '../PanelRoot';
import type { FirstList } from '../list/LeadFirstList';
import type { FirstLead } from './LeadFirstCard';

// This module loads once per page, after its first view: from here on, its writes are the background's business too.
tellBackgroundOfCommits();

/** The live side panel behind its database; the first view (`shell`) stays on screen while the database opens. */
export default function PanelLive({ shell, ...props }: { query: { target: PanelTarget; tabId?: number }; actions: PanelActions; first: FirstLead | undefined; list?: FirstList; shell: ReactNode }) {
  return (
    <WithDatabase pending={shell ?? undefined}>
      <PanelRoot {...props} />
      <WholeCatalogOnceDrawn />
    </WithDatabase>
  );
}
