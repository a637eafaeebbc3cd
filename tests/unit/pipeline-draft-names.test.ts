import { describe, expect, it } from 'vitest';
import { deriveDraft, draftFrom, nameKey } from '../../components/pipeline/draft';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';

/** The stages editor refuses a name another stage has; "the same" is the name as it would be saved, as it looks. */
describe('duplicate stage names in the editor draft', () => {
  const withName = (id: string, name: string) => ({ ...DEFAULT_PIPELINE, stages: DEFAULT_PIPELINE.stages.map((s) => (s.id === id ? { ...s, name } : s)) });

  it('refuses a name that differs only by a zero-width character the save would strip (pasted from a page)', () => {
    const draft = draftFrom(withName('demo', 'Product demo'));
    draft.names.trial = 'Product\u200B demo\u2060';
    const derived = deriveDraft(draft);
    expect(derived.valid).toBe(false);
    expect(derived.errors.trial?.name).toBe('duplicate-name');
  });

  it('refuses a name that differs only by how its accents are encoded (decomposed, as macOS pastes)', () => {
    const draft = draftFrom(withName('demo', 'N\u00e9gociation'));
    draft.names.trial = 'Ne\u0301gociation';
    expect(deriveDraft(draft).errors.trial?.name).toBe('duplicate-name');
    expect(nameKey('ZAKWALIFIKOWANY')).toBe(nameKey('zakwalifikowany'));
  });

  it('still accepts names that only look alike in another script or with different letters', () => {
    const draft = draftFrom(withName('demo', 'Demo'));
    draft.names.trial = 'Дemo'; // Cyrillic De: a different name
    expect(deriveDraft(draft).valid).toBe(true);
  });
});
