import type { Capture, ExtractResult } from '../schema';
import type { ExtractionReport } from './report';

/**
 * An extraction with what it tells about the page: the result every caller had
 * before, the report (report.ts), and, when no name could be read on a profile or
 * company page, what could be read (`partial`) for the rep to complete by hand.
 */
export type Extraction = {
  result: ExtractResult;
  report: ExtractionReport;
  partial?: Capture;
};
