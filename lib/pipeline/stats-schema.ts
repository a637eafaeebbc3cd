/** Leads and deal value per stage (values per currency, '' for deals naming none), as read from the kept stage figures. */
export type PipelineStats = Record<string, { count: number; values: Record<string, number> }>;
