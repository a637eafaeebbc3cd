import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { browserLanguage, loadedLanguageChoice, readLanguageChoice } from '@/lib/i18n/load';
import * as z from 'zod/mini';
import { LOCALES, supportedLocale, UI_LANGUAGE_KEY, UiLanguageSchema, type UiLanguage } from '@/lib/i18n/locales';

/** A language's name in itself ("Polski", "Русский"), so a rep finds theirs whatever is shown now. */
function endonym(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return locale;
  }
}

/**
 * The interface language: the browser's, or one of ours. Stored in storage.local, which every
 * context watches: pages redraw, the background re-titles its menus, LinkedIn's button follows.
 */
export function LanguagePicker() {
  // Drawn at once with the choice the page's language was loaded by (an options page's first
  // view has it), so the picker does not arrive a moment later and push the page down.
  const [choice, setChoice] = useState<UiLanguage | undefined>(() => {
    const loaded = loadedLanguageChoice();
    return loaded === undefined ? undefined : z.catch(UiLanguageSchema, 'auto').parse(loaded);
  });
  useEffect(() => {
    void readLanguageChoice().then((stored) => setChoice(z.catch(UiLanguageSchema, 'auto').parse(stored)));
  }, []);
  if (!choice) return null;
  return (
    <p className="language-picker">
      <label>
        {t('language.label')}{' '}
        <select
          value={choice}
          onChange={(e) => {
            const next = UiLanguageSchema.parse(e.target.value);
            setChoice(next);
            void browser.storage.local.set({ [UI_LANGUAGE_KEY]: next });
          }}
        >
          <option value="auto">{t('language.auto', { language: endonym(supportedLocale(browserLanguage())) })}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {endonym(locale)}
            </option>
          ))}
        </select>
      </label>{' '}
      <span className="muted small">{t('language.hint')}</span>
    </p>
  );
}
