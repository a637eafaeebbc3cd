import type { Environment } from '@/lib/pages/environment';
import { CaptureDiagnostics } from '../diagnostics/CaptureDiagnostics';
import { DiagnosticsSection } from '../diagnostics/DiagnosticsSection';

/** The options page's diagnostics section with the capture reports (one module, loaded when first shown). */
export function DiagnosticsPart({ environment }: { environment: Environment }) {
  return (
    <DiagnosticsSection environment={environment}>
      <CaptureDiagnostics />
    </DiagnosticsSection>
  );
}
