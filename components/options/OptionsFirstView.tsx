import { lazy, Suspense } from 'react';
import { useLiveAfterPaint } from '../first-view/use-live-after-paint';
import type { RescoreJob } from '@/lib/db/jobs';
import type { RuleSet } from '@/lib/scoring/schema';
import type { OptionsProps } from '../OptionsApp';
import { ScoringSection } from '../scoring/ScoringSection';
import { OptionsIntro, optionsParts } from './OptionsIntro';
import { OptionsLayout } from './OptionsLayout';
import { DemoOfferView } from '../transfer/DemoOfferView';

// The live page (Dexie, the write layer, the other sections, the demo offer) and the whole catalog, once the first view is on screen.
const OptionsLive = lazy(() => import('./OptionsLive'));

/** What the first read found for the scoring section (lib/pages/options-start.tsx). */
export type FirstScoring = { ruleSet: RuleSet; job: RescoreJob | undefined; /** Whether any lead is stored (none: the header offers the demo). */ anyLead: boolean };

// The first view has no database to preview a draft against: its preview waits, and the live page's answers.
const previewLater = () => new Promise<never>(() => undefined);

/**
 * The options page's first view: the same header and scoring section as the live page,
 * drawn from the rules read before Dexie was loaded (`first`; undefined when they could
 * not be read that way, or another section is asked for, and the live page draws
 * everything). Then the live page takes over, drawing the same from its live queries.
 */
export function OptionsFirstView({ first, ...props }: OptionsProps & { first: FirstScoring | undefined }) {
  const live = useLiveAfterPaint(first !== undefined);
  const shell = first && <OptionsShell first={first} shortcut={props.shortcut} saveRules={props.saveRules} />;
  if (!live) return shell;
  return (
    <Suspense fallback={shell}>
      <OptionsLive {...props} first={first} shell={shell} />
    </Suspense>
  );
}

/** The first view itself: the live page's header (with the demo offer when no lead is stored) and its scoring section. */
export function OptionsShell({ first, shortcut, saveRules }: { first: FirstScoring } & Pick<OptionsProps, 'shortcut' | 'saveRules'>) {
  return (
    <OptionsLayout
      intro={<OptionsIntro shortcut={shortcut} demo={first.anyLead ? undefined : <DemoOfferView />} />}
      parts={optionsParts({
        // Shown, not yet editable: the live page draws the editor anew, and what a rep typed here would be lost.
        scoring: (
          <fieldset disabled className="first-view-wait">
            <ScoringSection ruleSet={first.ruleSet} job={first.job} save={saveRules} preview={previewLater} />
          </fieldset>
        ),
      })}
    />
  );
}
