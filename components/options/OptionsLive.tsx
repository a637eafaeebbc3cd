import { useEffect, type ReactNode } from 'react';
import { loadPageLanguage } from '@/lib/i18n/load';
import { tellBackgroundOfCommits, WithDatabase } from '@/lib/pages/mount';
import { OptionsApp, type OptionsProps } from '../OptionsApp';

let told = false;

/** The live options page behind its database, with the whole catalog; the first view (`shell`) stays on screen while the database opens. */
export default function OptionsLive({ shell, ...props }: OptionsProps & { shell: ReactNode }) {
  useEffect(() => {
    if (!told) tellBackgroundOfCommits();
    told = true;
    void loadPageLanguage('all');
  }, []);
  return (
    <WithDatabase pending={shell ?? undefined}>
      <OptionsApp {...props} />
    </WithDatabase>
  );
}
