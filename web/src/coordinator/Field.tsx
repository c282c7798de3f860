import { ReactElement, cloneElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../common/ErrorMessage';

/**
 * A labelled form control with the API's complaint about it underneath, tied to the
 * control (aria-describedby, aria-invalid) so a screen reader reads it with the field.
 */
export function Field({ label, error, hint, children }: { label: string; error?: string; hint?: string; children: ReactElement<Record<string, unknown>> }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="coordinator-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="coordinator-hint">
          {hint}
        </span>
      ) : null}
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? (
        <span id={errorId} className="coordinator-field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * Above a refused form: when the API named fields, a pointer to them (their messages
 * are next to them) and whatever concerns no field; otherwise the problem in words.
 */
export function FormError({ error, errors }: { error: unknown; errors: Record<string, string> }) {
  const { t } = useTranslation('coordinator');
  if (!error) return null;
  const own = Object.keys(errors).filter((k) => k !== '');
  if (own.length === 0 && !errors['']) return <ErrorMessage error={error} />;
  return (
    <div className="notice notice-error" role="alert">
      {own.length > 0 ? <p>{t('form.fixFields')}</p> : null}
      {errors[''] ? <p>{errors['']}</p> : null}
    </div>
  );
}
