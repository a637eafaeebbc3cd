import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/OptionsApp';
import { mountPage } from '@/lib/pages/mount';

void browser.commands
  .getAll()
  .catch(() => [])
  .then((commands) => mountPage(<OptionsApp shortcut={commands.find((c) => c.name === 'capture-page')?.shortcut} />));
