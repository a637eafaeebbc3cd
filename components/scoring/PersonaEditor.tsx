import { t } from '@/lib/i18n';
import { errorAt } from '@/lib/scoring/form-errors';
import type { PersonaForm } from '@/lib/ui/scoring-editor-store';
import { useEditor, useEditorContext } from './context';
import { Field } from '../Field';

const LISTS = ['titles', 'industries', 'sizeBands', 'locations'] as const;

/** The buyer persona: a name and comma-separated lists of titles, industries, size bands and locations. */
export function PersonaEditor() {
  const { store, errors, domId } = useEditorContext();
  const persona = useEditor((s) => s.form.persona);
  const update = (patch: Partial<PersonaForm>) => store.getState().updatePersona(patch);
  const headingId = domId('persona-title');
  return (
    <section className="scoring-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('scoring.persona.title')}</h3>
      <p className="muted small">{t('scoring.persona.intro')}</p>
      <Field id={domId('persona', 'name')} label={t('scoring.persona.name')} error={errorAt(errors, 'persona.name')}>
        {(a11y) => <input {...a11y} type="text" maxLength={200} value={persona.name} onChange={(e) => update({ name: e.target.value })} />}
      </Field>
      {LISTS.map((list) => (
        <Field key={list} id={domId('persona', list)} label={t(`scoring.persona.${list}`)} hint={list === 'titles' ? t('scoring.persona.hint') : undefined} error={errorAt(errors, `persona.${list}`)}>
          {(a11y) => <input {...a11y} type="text" maxLength={12_000} value={persona[list]} onChange={(e) => update({ [list]: e.target.value })} />}
        </Field>
      ))}
    </section>
  );
}
