import { lazy, useCallback, useState, type ReactNode } from 'react';
import { afterWholeCatalog } from '@/lib/i18n/load';
import type { OptionsSection } from '@/lib/options/sections';
import type { Environment } from '@/lib/pages/environment';
import type { RuleSet } from '@/lib/scoring/schema';
import { OptionsLayout } from './options/OptionsLayout';
import { OptionsIntro, optionsParts } from './options/OptionsIntro';
import { ScoringOptions } from './ScoringOptions';
import { DemoOffer } from './transfer/DemoData';
import type { StorageSetup } from './privacy/StorageBlock';
import { useFiguresCheck } from './use-figures-check';
import type { FirstScoring } from './options/OptionsFirstView';

// Scoring is the section an empty hash shows; the others load when first shown (issue 15), with the whole catalog:
// the first view loads only its own strings (lib/i18n/options-first-view.ts).
const PipelineOptions = lazy(() => afterWholeCatalog(() => import('./PipelineOptions').then((m) => ({ default: m.PipelineOptions }))));
const SequencesOptions = lazy(() => afterWholeCatalog(() => import('./sequences/SequencesOptions').then((m) => ({ default: m.SequencesOptions }))));
const MetricsOptions = lazy(() => afterWholeCatalog(() => import('./MetricsOptions').then((m) => ({ default: m.MetricsOptions }))));
const DataOptions = lazy(() => afterWholeCatalog(() => import('./transfer/DataOptions').then((m) => ({ default: m.DataOptions }))));
const CrmSection = lazy(() => afterWholeCatalog(() => import('./crm/CrmSection').then((m) => ({ default: m.CrmSection }))));
const PrivacySection = lazy(() => afterWholeCatalog(() => import('./options/PrivacySection').then((m) => ({ default: m.PrivacySection }))));
const DiagnosticsSection = lazy(() => afterWholeCatalog(() => import('./options/DiagnosticsPart').then((m) => ({ default: m.DiagnosticsPart }))));

export type OptionsProps = { shortcut: string | undefined; saveRules(ruleSet: RuleSet): Promise<void>; storage: StorageSetup; environment: Environment };

/** Options page (a tab of its own): welcome and the demo offer on top, then one section at a time, each with its deep link (#scoring … #diagnostics). */
export function OptionsApp({ shortcut, saveRules, storage, environment, first }: OptionsProps & { /** What the first view drew of the scoring section, until its live reads answer once. */ first?: FirstScoring }) {
  const [firstScoring, setFirstScoring] = useState(first);
  const dropFirst = useCallback(() => setFirstScoring(undefined), []);
  // Sections load when first shown; the figures some of them read are checked whichever is shown.
  useFiguresCheck();
  const content: Record<OptionsSection, ReactNode> = {
    scoring: <ScoringOptions save={saveRules} first={firstScoring} onLive={dropFirst} />,
    pipeline: <PipelineOptions />,
    sequences: <SequencesOptions />,
    metrics: <MetricsOptions />,
    data: <DataOptions />,
    crm: <CrmSection />,
    privacy: <PrivacySection storage={storage} />,
    diagnostics: <DiagnosticsSection environment={environment} />,
  };
  return (
    <OptionsLayout intro={<OptionsIntro shortcut={shortcut} demo={<DemoOffer initialEmpty={first && !first.anyLead} />} />} parts={optionsParts(content)} />
  );
}
