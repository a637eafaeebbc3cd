/** HubSpot object type names as the paths use them. */
export type ObjectKind = 'contacts' | 'companies' | 'deals' | 'notes' | 'tasks';

/** HubSpot-defined association type ids (unlabelled) used when creating notes and tasks. */
export const ASSOCIATION_TYPE = { noteToContact: 202, taskToContact: 204 } as const;
