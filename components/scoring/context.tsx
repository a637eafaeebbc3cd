import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { FormErrors } from '@/lib/scoring/form-errors';
import type { ScoringPreview } from '@/lib/scoring/preview-types';
import type { ScoringEditorState, ScoringEditorStore } from '@/lib/ui/scoring-editor-store';

/** What the editor's parts share: the store of the draft, its errors, the latest preview, and DOM id helpers. */
export type EditorContextValue = {
  store: ScoringEditorStore;
  errors: FormErrors;
  /** The latest preview (possibly of an older draft while a new one is calculating). */
  preview: ScoringPreview | undefined;
  previewPending: boolean;
  /** A DOM id unique to this editor instance. */
  domId(...parts: string[]): string;
};

export const EditorContext = createContext<EditorContextValue | undefined>(undefined);

export function useEditorContext(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('Scoring editor parts must be rendered inside <ScoringEditor>');
  return value;
}

export function useEditor<T>(selector: (state: ScoringEditorState) => T): T {
  return useStore(useEditorContext().store, selector);
}
