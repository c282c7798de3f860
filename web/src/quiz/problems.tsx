import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { useProblemText } from '../common/ErrorMessage';

/** The API's problems about attempts in the quiz's own words; anything else as every page says it. */
export function useQuizProblemText() {
  const { t, i18n } = useTranslation('quiz');
  const common = useProblemText();
  return (error: unknown): string => {
    if (error instanceof ProblemError && error.code && i18n.exists(`quiz:problems.${error.code}`)) return t(`problems.${error.code}`);
    return common(error);
  };
}

export function QuizProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useQuizProblemText();
  return (
    <div className="notice notice-error" role="alert">
      <p>{text(error)}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      ) : null}
    </div>
  );
}
