import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, data } from '../api/client';
import { ProblemError } from '../api/problem';
import { Loading } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { localized } from '../common/localized';
import { QuizProblem } from './problems';
import { fetchQuizModule } from './quiz-module';
import { RichText } from './RichText';
import type { AttemptSummary } from './types';

/** `/training/:enrollmentId/quiz/:moduleId`: what the quiz asks, the attempts so far, and Start or Continue. */
export function QuizIntro() {
  const { enrollmentId = '', moduleId = '' } = useParams();
  const { t, i18n } = useTranslation('quiz');
  const format = useFormat();
  const navigate = useNavigate();
  const module = useQuery({ queryKey: ['quiz-module', enrollmentId, moduleId], queryFn: () => fetchQuizModule(enrollmentId, moduleId) });
  const attempts = useQuery({
    queryKey: ['quiz-attempts', enrollmentId, moduleId],
    queryFn: async () => data(await api.GET('/api/v1/enrollments/{id}/modules/{moduleId}/attempts', { params: { path: { id: enrollmentId, moduleId } } })),
  });
  const start = useMutation({
    mutationFn: async () => data(await api.POST('/api/v1/enrollments/{id}/modules/{moduleId}/attempts', { params: { path: { id: enrollmentId, moduleId } } })),
    onSuccess: (attempt) => void navigate(`/attempts/${attempt.id}`),
    onError: (error) => {
      // Opened meanwhile on another device: continue that one.
      if (error instanceof ProblemError && error.code === 'attempt-open' && typeof error.problem.attemptId === 'string') void navigate(`/attempts/${error.problem.attemptId}`);
    },
  });

  if (module.isPending || attempts.isPending) return <Loading />;
  if (module.isError || attempts.isError) {
    return (
      <Page title={t('intro.errorTitle')}>
        <QuizProblem
          error={module.error ?? attempts.error}
          onRetry={() => {
            void module.refetch();
            void attempts.refetch();
          }}
        />
      </Page>
    );
  }
  const quiz = module.data.quiz;
  const title = localized(module.data.title, i18n.language);
  if (!quiz) {
    return (
      <Page title={title}>
        <p>{t('intro.notAQuiz')}</p>
      </Page>
    );
  }
  const items = attempts.data.items;
  const open = items.find((a) => a.status === 'in_progress');
  const left = quiz.maxAttempts === null ? Infinity : quiz.maxAttempts - items.length;
  const minutes = quiz.timeLimitSeconds ? Math.round((quiz.timeLimitSeconds / 60) * 10) / 10 : null;

  return (
    <Page title={title}>
      {module.data.body ? <RichText className="quiz-body" text={module.data.body} format="markdown" /> : null}
      <dl className="quiz-facts card">
        <div>
          <dt>{t('intro.questions')}</dt>
          <dd>{format.number(quiz.questionCount)}</dd>
        </div>
        <div>
          <dt>{t('intro.timeLimit')}</dt>
          <dd>{minutes === null ? t('intro.noTimeLimit') : t('intro.minutes', { count: minutes, formatted: format.number(minutes, 1) })}</dd>
        </div>
        <div>
          <dt>{t('intro.attempts')}</dt>
          <dd>{quiz.maxAttempts === null ? t('intro.attemptsUnlimited', { used: items.length }) : t('intro.attemptsUsed', { used: items.length, max: quiz.maxAttempts })}</dd>
        </div>
        <div>
          <dt>{t('intro.passMark')}</dt>
          <dd>{format.percent(quiz.passMarkPercent)}</dd>
        </div>
        {module.data.bestPercent !== null && module.data.bestPercent !== undefined ? (
          <div>
            <dt>{t('intro.best')}</dt>
            <dd>{format.percent(module.data.bestPercent)}</dd>
          </div>
        ) : null}
      </dl>

      {open ? (
        <p>
          <button type="button" className="primary" onClick={() => void navigate(`/attempts/${open.id}`)}>
            {t('intro.continue', { n: open.number })}
          </button>
        </p>
      ) : left > 0 ? (
        <>
          {minutes !== null ? <p>{t('intro.timerStarts')}</p> : null}
          <p>
            <button type="button" className="primary" disabled={start.isPending} onClick={() => start.mutate()}>
              {start.isPending ? t('intro.starting') : t('intro.start')}
            </button>
          </p>
        </>
      ) : (
        <p className="notice">{t('intro.noneLeft')}</p>
      )}
      {start.isError && !(start.error instanceof ProblemError && start.error.code === 'attempt-open') ? <QuizProblem error={start.error} /> : null}

      <h2>{t('intro.previous')}</h2>
      {items.length === 0 ? <p>{t('intro.noPrevious')}</p> : <PreviousAttempts items={items} />}
      <p>
        <Link to={`/training/${enrollmentId}`}>{t('intro.backToCourse')}</Link>
      </p>
    </Page>
  );
}

function PreviousAttempts({ items }: { items: AttemptSummary[] }) {
  const { t } = useTranslation('quiz');
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('intro.previous')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('intro.col.number')}</th>
            <th scope="col">{t('intro.col.started')}</th>
            <th scope="col">{t('intro.col.status')}</th>
            <th scope="col">{t('intro.col.result')}</th>
          </tr>
        </thead>
        <tbody>
          {[...items].reverse().map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={`/attempts/${a.id}`} aria-label={t('intro.openAttempt', { n: a.number })}>
                  {a.number}
                </Link>
              </td>
              <td>{format.dateTime(a.startedAt)}</td>
              <td>{t(`status.${a.status}`)}</td>
              <td>
                {a.status === 'graded'
                  ? `${format.percent(a.percent)} · ${a.passed ? t('result.passed') : t('result.failed')}`
                  : a.status === 'needs_review'
                    ? t('intro.provisional', { percent: format.percent(a.percent) })
                    : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
