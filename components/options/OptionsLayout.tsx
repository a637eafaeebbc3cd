import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '@/lib/i18n';
import type { OptionsSection } from '@/lib/options/sections';
import { useHashSection } from './use-hash-section';
import './options.css';

export type OptionsPart = { id: OptionsSection; label: string; content: ReactNode };

/**
 * The options page's frame: the welcome on top, a navigation with a link per section, and
 * the section the hash names. A section is first drawn when first shown (its code may load
 * then: the page's first view carries only its own, issue 15) and stays mounted after
 * (hidden when not shown), so a half-edited rule set or a running import survives a look
 * at another section.
 */
export function OptionsLayout({ intro, parts }: { intro: ReactNode; parts: OptionsPart[] }) {
  const current = useHashSection();
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set([current]));
  if (!shown.has(current)) setShown(new Set([...shown, current]));
  const content = useRef<HTMLElement>(null);
  const shownBefore = useRef(current);
  useEffect(() => {
    // Another section chosen: start it at its top, with the focus on it, as a new page would.
    if (shownBefore.current === current) return;
    shownBefore.current = current;
    content.current?.querySelector<HTMLElement>(`[data-section="${current}"]`)?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [current]);
  return (
    <div className="options">
      <header className="options-header">{intro}</header>
      <div className="options-body">
        <nav className="options-nav" aria-label={t('options.nav')}>
          <ul>
            {parts.map((part) => (
              <li key={part.id}>
                <a href={`#${part.id}`} aria-current={part.id === current ? 'page' : undefined}>
                  {part.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main className="options-content" ref={content}>
          {parts.map((part) => (
            <div key={part.id} className="options-section" data-section={part.id} hidden={part.id !== current} tabIndex={-1}>
              {(shown.has(part.id) || part.id === current) && <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>{part.content}</Suspense>}
            </div>
          ))}
        </main>
      </div>
    </div>
  );
}
