import { useEffect, type ReactNode } from 'react';
import { tellBackgroundOfCommits, WholeCatalogOnceDrawn, WithDatabase } from '@/lib/pages/mount';
import { OptionsApp, type OptionsProps } from '../OptionsApp';

let told = false;

/** The live options page behind its database, the whole catalog loaded once it is drawn; the first view (`shell`) stays on screen while the database opens. */
export default function OptionsLive({ shell, ...props }: OptionsProps & { shell: ReactNode }) {
  useEffect(() => {
    if (!told) tellBackgroundOfCommits();
    told = true;
  }, []);
  return (
    <WithDatabase pending={shell ?? undefined}>
      <OptionsApp {...props} />
      <WholeCatalogOnceDrawn />
    </WithDatabase>
  );
}
