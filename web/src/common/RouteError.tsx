import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ProblemError } from '../api/problem';
import { ErrorMessage } from './ErrorMessage';
import { Page } from './Page';

/**
 * What a page shows instead of going blank when it throws while rendering: an API
 * problem in words, or — for a fault of the app itself — a plain apology and a reload.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Page title={t('pageError.title')}>
      {error instanceof ProblemError ? <ErrorMessage error={error} /> : <p>{t('pageError.text')}</p>}
      <button type="button" onClick={() => window.location.reload()}>
        {t('pageError.reload')}
      </button>
    </Page>
  );
}
