import type { ReactNode } from 'react';
import { tellBackgroundOfCommits, WholeCatalogOnceDrawn, WithDatabase } from '@/lib/pages/mount';
import { OptionsApp, type OptionsProps } from '../OptionsApp';
import type { FirstScoring } from './OptionsFirstView';

// This module loads once per page, after its first view: from here on, its writes are the background's business too.
tellBackgroundOfCommits();

/** The live options page behind its database, the whole catalog loaded once it is drawn; the first view (`shell`) stays on screen while the database opens. */
export default function OptionsLive({ shell, ...props }: OptionsProps & { shell: ReactNode; first?: FirstScoring }) {
  return (
    <WithDatabase pending={shell ?? undefined}>
      <OptionsApp {...props} />
      <WholeCatalogOnceDrawn />
    </WithDatabase>
  );
}
