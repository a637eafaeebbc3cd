import type { ReactNode } from 'react';
import { usePanelSections, type PanelSectionId } from '@/lib/ui/panel-sections-store';

/**
 * A collapsible part of the side panel (a native <details>: keyboard and screen readers
 * know it as a disclosure). Open or closed as the rep last left it.
 */
export function PanelSection({ id, title, summary, children }: { id: PanelSectionId; title: string; summary?: ReactNode; children: ReactNode }) {
  const open = usePanelSections((s) => s.open[id]);
  const setOpen = usePanelSections((s) => s.setOpen);
  return (
    <details className="panel-section" data-section={id} open={open} onToggle={(e) => setOpen(id, e.currentTarget.open)}>
      <summary>
        <span className="panel-section-title">{title}</span>
        {summary !== undefined && <span className="panel-section-summary">{summary}</span>}
      </summary>
      <div className="panel-section-body">{children}</div>
    </details>
  );
}
