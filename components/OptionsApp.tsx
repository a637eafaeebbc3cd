import type { ReactNode } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { OPTIONS_SECTIONS, type OptionsSection } from '@/lib/options/sections';
import type { Environment } from '@/lib/pages/environment';
import type { RuleSet } from '@/lib/scoring/schema';
import { CrmSection } from './crm/CrmSection';
import { DiagnosticsSection } from './diagnostics/DiagnosticsSection';
import { CaptureDiagnostics } from './diagnostics/CaptureDiagnostics';
import { OptionsLayout } from './options/OptionsLayout';
import { PermissionsList } from './options/PermissionsList';
import { PipelineOptions } from './PipelineOptions';
import { ScoringOptions } from './ScoringOptions';
import { SequencesOptions } from './sequences/SequencesOptions';
import { MetricsOptions } from './MetricsOptions';
import { DataOptions } from './transfer/DataOptions';
import { DemoOffer } from './transfer/DemoData';
import { PrivacyOptions } from './privacy/PrivacyOptions';
import type { StorageSetup } from './privacy/StorageBlock';
import { LanguagePicker } from './LanguagePicker';

type Props = { shortcut: string | undefined; saveRules(ruleSet: RuleSet): Promise<void>; storage: StorageSetup; environment: Environment };

/** Options page (a tab of its own): welcome and the demo offer on top, then one section at a time, each with its deep link (#scoring … #diagnostics). */
export function OptionsApp({ shortcut, saveRules, storage, environment }: Props) {
  const content: Record<OptionsSection, ReactNode> = {
    scoring: <ScoringOptions save={saveRules} />,
    pipeline: <PipelineOptions />,
    sequences: <SequencesOptions />,
    metrics: <MetricsOptions />,
    data: <DataOptions />,
    crm: <CrmSection />,
    privacy: (
      <>
        <PrivacyOptions storage={storage} />
        <PermissionsList />
      </>
    ),
    diagnostics: (
      <DiagnosticsSection environment={environment}>
        <CaptureDiagnostics />
      </DiagnosticsSection>
    ),
  };
  return (
    <OptionsLayout
      intro={
        <>
          <h1>{t('options.title')}</h1>
          <LanguagePicker />
          <p>{t('options.welcome', { shortcut: shortcut || t('options.shortcutNone') })}</p>
          <DemoOffer />
        </>
      }
      parts={OPTIONS_SECTIONS.map((id) => ({ id, label: t(`options.section.${id}` as MessageKey), content: content[id] }))}
    />
  );
}
