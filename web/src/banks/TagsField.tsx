import { KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, useField } from './FormParts';
import { slugifyTag } from './question-form';

/** Competency tags: the ones given, removable, and a field suggesting the bank's existing tags. */
export function TagsField({ tags, suggestions, onChange }: { tags: string[]; suggestions: string[]; onChange: (tags: string[]) => void }) {
  const { t } = useTranslation('banks');
  const field = useField('tags');
  const listId = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = slugifyTag(draft);
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setDraft('');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add();
    }
  };
  return (
    <div className="field tags-field">
      <label htmlFor={field.id}>{t('editor.tags')}</label>
      {tags.length ? (
        <ul className="tags" aria-label={t('editor.tagsGiven')}>
          {tags.map((tag) => (
            <li key={tag}>
              <span className="tag">{tag}</span>
              <button type="button" className="secondary small" onClick={() => onChange(tags.filter((x) => x !== tag))}>
                {t('editor.tagRemove', { tag })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="inline">
        <input {...field} list={listId} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKey} autoComplete="off" />
        <button type="button" className="secondary" onClick={add}>
          {t('editor.tagAdd')}
        </button>
      </div>
      <datalist id={listId}>
        {suggestions
          .filter((s) => !tags.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
      <p className="hint">{t('editor.tagsHint')}</p>
      <FieldError path="tags" />
    </div>
  );
}
