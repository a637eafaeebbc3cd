import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/OptionsApp';
import { mountPage } from '@/lib/pages/mount';
import { sendToBackground } from '@/lib/messaging/transport';

void browser.commands
  .getAll()
  .catch(() => [])
  .then((commands) =>
    mountPage(
      <OptionsApp
        shortcut={commands.find((c) => c.name === 'capture-page')?.shortcut}
        saveRules={(ruleSet) => sendToBackground({ type: 'scoring.save', ruleSet }).then(() => undefined)}
      />,
    ),
  );
