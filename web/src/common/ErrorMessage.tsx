import { useTranslation } from 'react-i18next';
import { OfflineError, ProblemError } from '../api/problem';

/** Problem codes with words of their own in common.json `problems`; others show the API's detail. */
export function useProblemText() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof OfflineError) return t('problems.offline');
    if (error instanceof ProblemError) {
      const key = error.code ? `problems.codes.${error.code}` : undefined;
      if (key && i18n.exists(key)) return t(key);
      if (error.status === 404) return t('problems.notFound');
      if (error.status === 403) return t('problems.forbidden');
      if (error.status >= 500) return t('problems.server');
      return error.problem.detail ?? error.problem.title ?? t('problems.generic');
    }
    return t('problems.generic');
  };
}

/** An error the reader can act on, announced to screen readers. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useProblemText();
  return (
    <div className="notice notice-error" role="alert">
      <p>{text(error)}</p>
      {error instanceof ProblemError && error.problem.errors?.length ? (
        <ul>
          {error.problem.errors.map((e) => (
            <li key={e.field}>
              <code>{e.field}</code>: {e.messages?.join('; ') ?? e.message}
            </li>
          ))}
        </ul>
      ) : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

/** A query's state where its data will be: "loading…" while it loads, its error with a retry when it failed, else nothing. */
export function QueryStatus({ query }: { query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown } }) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return null;
}
