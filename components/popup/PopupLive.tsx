import { useState, type ReactNode } from 'react';
import { popupActions } from '@/lib/pages/actions';
import { tellBackgroundOfCommits, WithDatabase } from '@/lib/pages/mount';
import type { Kept } from '@/lib/metrics/figures/kept';
import { parsePanelQuery } from '@/lib/panel/panel-query';
import { PopupApp } from '../PopupApp';

// This module loads once per popup, after its first view: from here on, its writes are the background's business too.
tellBackgroundOfCommits();

/** The whole popup on its database (loaded after the first view); the first view stays on screen while the database opens. */
export default function PopupLive({ first, search, shell, crm }: { first: Kept | undefined; search: string; shell: ReactNode; crm?: boolean }) {
  const [actions] = useState(() => popupActions(parsePanelQuery(search).tabId));
  return (
    <WithDatabase pending={shell}>
      <PopupApp actions={actions} first={first} firstCrm={crm} />
    </WithDatabase>
  );
}
