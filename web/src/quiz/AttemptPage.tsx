import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, data } from '../api/client';
import { Loading } from '../common/ErrorMessage';
import { Page } from '../common/Page';
import { localized } from '../common/localized';
import { AttemptPlayer } from './AttemptPlayer';
import { AttemptResult } from './AttemptResult';
import { QuizProblem } from './problems';
import { fetchQuizModule } from './quiz-module';
import { clockOffsetMs } from './server-clock';

/** `/attempts/:attemptId`: the player while the attempt is open, then grading, the result and the review. */
export function AttemptPage() {
  const { attemptId = '' } = useParams();
  const { t, i18n } = useTranslation('quiz');
  const [timeRanOut, setTimeRanOut] = useState(false);
  const query = useQuery({
    queryKey: ['attempt', attemptId],
    queryFn: async () => {
      const sentAt = Date.now();
      const result = await api.GET('/api/v1/attempts/{id}', { params: { path: { id: attemptId } } });
      return { attempt: data(result), offsetMs: clockOffsetMs(result.response.headers.get('date'), sentAt, Date.now()) };
    },
    // The worker grades in a moment: ask again until it has.
    refetchInterval: (q) => (q.state.data?.attempt.status === 'submitted' ? 1000 : false),
  });
  const attempt = query.data?.attempt;
  const module = useQuery({
    queryKey: ['quiz-module', attempt?.enrollmentId, attempt?.moduleId],
    queryFn: () => fetchQuizModule(attempt!.enrollmentId, attempt!.moduleId),
    enabled: Boolean(attempt),
  });
  const { refetch } = query;
  const onSubmitted = useCallback(() => void refetch(), [refetch]);
  const onTimeUp = useCallback(() => setTimeRanOut(true), []);

  if (query.isPending) return <Loading />;
  if (query.isError || !attempt) {
    return (
      <Page title={t('player.errorTitle')}>
        <QuizProblem error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  const open = attempt.status === 'in_progress';
  return (
    <Page title={open ? t('player.title', { n: attempt.number }) : t('result.pageTitle', { n: attempt.number })}>
      {module.data ? <p className="quiz-subtitle">{localized(module.data.title, i18n.language)}</p> : null}
      {open ? (
        <AttemptPlayer key={attempt.id} attempt={attempt} clockOffsetMs={query.data.offsetMs} onSubmitted={onSubmitted} onTimeUp={onTimeUp} />
      ) : (
        <AttemptResult attempt={attempt} timeRanOut={timeRanOut} />
      )}
    </Page>
  );
}
