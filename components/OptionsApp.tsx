import { t } from '@/lib/i18n';
import { PERMISSIONS } from '@/lib/permissions';
import type { RuleSet } from '@/lib/scoring/schema';
import { PipelineOptions } from './PipelineOptions';
import { ScoringOptions } from './ScoringOptions';
import { SequencesOptions } from './sequences/SequencesOptions';
import { MetricsOptions } from './MetricsOptions';
import { DataOptions } from './transfer/DataOptions';
import { DemoOffer } from './transfer/DemoData';
import { PrivacyOptions } from './privacy/PrivacyOptions';
import type { StorageSetup } from './privacy/StorageBlock';
import { LanguagePicker } from './LanguagePicker';

/** Options page: welcome, the pipeline stages, sequences, how metrics count, the scoring rules, your data, privacy and storage, and why each permission is needed. */
export function OptionsApp({ shortcut, saveRules, storage }: { shortcut: string | undefined; saveRules(ruleSet: RuleSet): Promise<void>; storage: StorageSetup }) {
  return (
    <main className="options">
      <h1>{t('options.title')}</h1>
      <LanguagePicker />
      <p>{t('options.welcome', { shortcut: shortcut || t('options.shortcutNone') })}</p>
      <p>
        <a href="#privacy">{t('options.privacy')}</a>
      </p>
      <DemoOffer />
      <PipelineOptions />
      <SequencesOptions />
      <MetricsOptions />
      <ScoringOptions save={saveRules} />
      <DataOptions />
      <PrivacyOptions storage={storage} />
      <h2>{t('options.permissionsTitle')}</h2>
      <dl className="permissions">
        {PERMISSIONS.map((p) => (
          <div key={p.name}>
            <dt>
              <code>{p.name}</code>
            </dt>
            <dd>{t(p.why)}</dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
