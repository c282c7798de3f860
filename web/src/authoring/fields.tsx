import { ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Lang, LANGS } from './api';

export type TextValue = Partial<Record<Lang, string>>;

/** What is wrong with one input, right under it; the input points at it with aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {messages.join(' ')}
    </p>
  );
}

/** Props for an input that may carry an API error. */
export function errorProps(id: string, messages?: string[]) {
  return messages?.length ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
}

/**
 * One text in Polish, English and Ukrainian, side by side (stacked on a phone). Each
 * input's name says the field and the language; ids are `<name>-pl|en|uk`, the paths
 * the API's errors name (`title.pl`).
 */
export function LocalizedFields({
  name,
  label,
  value,
  onChange,
  errors,
  multiline,
  required,
  hint,
  render,
}: {
  name: string;
  label: string;
  value: TextValue;
  onChange: (value: TextValue) => void;
  errors: Record<string, string[]>;
  multiline?: boolean;
  required?: boolean;
  /** The id of a hint that describes every language's input. */
  hint?: string;
  /** Shown under each language's input (the lesson preview). */
  render?: (lang: Lang) => ReactNode;
}) {
  const { t } = useTranslation('authoring');
  return (
    <fieldset className="lang-fields">
      <legend>{label}</legend>
      <div className="lang-grid">
        {LANGS.map((lang) => {
          const id = `${name}-${lang}`;
          const common = {
            id,
            value: value[lang] ?? '',
            required: required && lang === 'pl',
            onChange: (e: { target: { value: string } }) => onChange({ ...value, [lang]: e.target.value }),
            ...(hint ? { 'aria-describedby': hint } : {}),
            ...(errors[id]?.length ? { 'aria-invalid': true as const, 'aria-describedby': [hint, `${id}-error`].filter(Boolean).join(' ') } : {}),
          };
          return (
            <div key={lang} className="lang-field">
              <label htmlFor={id}>
                <span className="visually-hidden">{label} </span>
                {t(`languages.${lang}`)}
                {lang === 'pl' && required ? ` (${t('form.required')})` : ''}
              </label>
              {multiline ? <textarea rows={8} {...common} /> : <input type="text" {...common} />}
              <FieldError id={id} messages={errors[id]} />
              {render?.(lang)}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * After the page is shown, focus the element the address's #fragment names — where a
 * publish error's link leads. Later than the Page heading's own focus, which it overrides,
 * and waiting (briefly) for parts of the form that appear once their data has loaded.
 */
export function useFocusFromHash(ready: boolean) {
  const location = useLocation();
  useEffect(() => {
    if (!ready || !location.hash) return;
    const id = decodeURIComponent(location.hash.slice(1));
    let tries = 0;
    const timer = setInterval(() => {
      const target = document.getElementById(id);
      if (target || ++tries > 60) clearInterval(timer);
      if (target) {
        target.focus();
        target.scrollIntoView({ block: 'center' });
      }
    }, 50);
    return () => clearInterval(timer);
  }, [ready, location.hash, location.key]);
}

/** A number input's text as the API takes it: empty → null. */
export const numberOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));
