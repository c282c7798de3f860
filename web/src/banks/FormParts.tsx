import { createContext, ReactNode, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { inputId } from './field-errors';
import type { Texts } from './question-form';

/** The API's messages by field path, for the inputs to show next to themselves. */
export const FieldErrorsContext = createContext<Record<string, string[]>>({});

/** id, aria-invalid and aria-describedby of the input that edits this API path. */
export function useField(path: string) {
  const errors = useContext(FieldErrorsContext)[path];
  const id = inputId(path);
  return {
    id,
    'aria-invalid': errors ? true : undefined,
    'aria-describedby': errors ? `${id}-error` : undefined,
  } as const;
}

/** The API's words about one field, right under it. */
export function FieldError({ path }: { path: string }) {
  const errors = useContext(FieldErrorsContext)[path];
  if (!errors?.length) return null;
  return (
    <p className="field-error" id={`${inputId(path)}-error`}>
      {errors.join('; ')}
    </p>
  );
}

/** A text field: an input of its own, its label and the API's error under it. */
export function TextField({
  path,
  label,
  value,
  onChange,
  multiline,
  hint,
  ...rest
}: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  hint?: ReactNode;
  type?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
  list?: string;
}) {
  const field = useField(path);
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {multiline ? (
        <textarea {...field} value={value} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...field} {...rest} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint ? <p className="hint">{hint}</p> : null}
      <FieldError path={path} />
    </div>
  );
}

/**
 * A text in Polish (required by the API) with English and Ukrainian behind a
 * disclosure, opened by itself when a translation holds something or has an error.
 */
export function LocalizedField({
  path,
  label,
  value,
  onChange,
  multiline,
}: {
  path: string;
  label: string;
  value: Texts;
  onChange: (value: Texts) => void;
  multiline?: boolean;
}) {
  const { t } = useTranslation('banks');
  const errors = useContext(FieldErrorsContext);
  const translated = Boolean(value.en || value.uk || errors[`${path}.en`] || errors[`${path}.uk`]);
  const set = (lang: keyof Texts) => (text: string) => onChange({ ...value, [lang]: text });
  return (
    <div className="localized">
      <TextField path={`${path}.pl`} label={`${label} (${t('lang.pl')})`} value={value.pl} onChange={set('pl')} multiline={multiline} />
      <details className="translations" open={translated || undefined}>
        <summary>{t('editor.translations', { label })}</summary>
        <TextField path={`${path}.en`} label={`${label} (${t('lang.en')})`} value={value.en} onChange={set('en')} multiline={multiline} />
        <TextField path={`${path}.uk`} label={`${label} (${t('lang.uk')})`} value={value.uk} onChange={set('uk')} multiline={multiline} />
      </details>
    </div>
  );
}

/** A group of rows (options, answers, pairs): a fieldset the API's group-level messages attach to. */
export function RowGroup({ path, legend, children, rule }: { path: string; legend: string; children: ReactNode; rule?: ReactNode }) {
  const field = useField(path);
  return (
    <fieldset className="row-group" id={field.id} tabIndex={-1} aria-describedby={field['aria-describedby']}>
      <legend>{legend}</legend>
      {rule}
      <FieldError path={path} />
      {children}
    </fieldset>
  );
}

/** Replaces one element of a list, for row edits. */
export function replaceAt<T>(list: T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}
