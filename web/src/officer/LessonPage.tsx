import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, data } from '../api/client';
import { ProblemError } from '../api/problem';
import { ErrorMessage, Loading } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { enrollmentQueryKey } from './CoursePage';
import { useLocalized } from '../common/localized';
import { renderLessonMarkdown } from '../common/markdown';
import { clockText, studySecondsLeft } from './study-time';

/** The current time, ticking every second while `running`. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

/**
 * A lesson: its text, its minimum study time counting down (it runs from the first
 * opening, which this page's request records), and "Mark as completed" once it is over.
 */
export function LessonPage() {
  const { enrollmentId = '', moduleId = '' } = useParams();
  const { t, i18n } = useTranslation('officer');
  const format = useFormat();
  const localized = useLocalized();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...enrollmentQueryKey(enrollmentId), 'modules', moduleId],
    queryFn: async () => data(await api.GET('/api/v1/enrollments/{id}/modules/{moduleId}', { params: { path: { id: enrollmentId, moduleId } } })),
    // Refetching would not change the text; the countdown must not jump while reading.
    staleTime: Infinity,
  });
  const lesson = query.data;
  /** The server's own "not yet" (a device clock ahead of it): wait as long as it says. */
  const [serverWait, setServerWait] = useState({ until: 0, seconds: 0 });
  const [tick, setTick] = useState(true);
  const now = useNow(tick);
  const secondsLeft = lesson
    ? Math.max(studySecondsLeft(lesson.completableAt, lesson.minStudySeconds ?? 0, now), Math.min(Math.ceil((serverWait.until - now) / 1000), serverWait.seconds), 0)
    : 0;
  useEffect(() => setTick(!lesson || secondsLeft > 0), [lesson, secondsLeft]);

  const complete = useMutation({
    mutationFn: async () =>
      data(await api.POST('/api/v1/enrollments/{id}/modules/{moduleId}/complete', { params: { path: { id: enrollmentId, moduleId } } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['enrollments'] });
      void navigate(`/training/${enrollmentId}`);
    },
    onError: (error) => {
      if (error instanceof ProblemError && error.code === 'min-study-time') {
        const retry = Number(error.problem.retryAfterSeconds);
        if (retry > 0) setServerWait({ until: Date.now() + retry * 1000, seconds: retry });
      }
    },
  });
  const body = useMemo(() => (lesson?.body ? renderLessonMarkdown(localized(lesson.body)) : ''), [lesson, i18n.language]);

  const back = (
    <p>
      <Link to={`/training/${enrollmentId}`}>{t('lesson.backToCourse')}</Link>
    </p>
  );
  if (!lesson) {
    return (
      <Page title={query.isError ? t('lesson.unavailable') : t('lesson.loading')}>
        {query.isPending ? <Loading /> : <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
        {back}
      </Page>
    );
  }
  if (lesson.kind === 'quiz') {
    return (
      <Page title={localized(lesson.title)}>
        {back}
        <p>
          <Link to={`/training/${enrollmentId}/quiz/${moduleId}`}>{t('lesson.takeQuiz')}</Link>
        </p>
      </Page>
    );
  }
  const completed = lesson.status === 'completed';
  const readyText = secondsLeft === 0 && lesson.minStudySeconds ? t('lesson.ready') : '';
  const tooEarly = complete.error instanceof ProblemError && complete.error.code === 'min-study-time';
  return (
    <Page title={localized(lesson.title)}>
      {back}
      {body ? <div className="lesson-body" dangerouslySetInnerHTML={{ __html: body }} /> : <p>{t('lesson.empty')}</p>}
      {lesson.media?.length ? (
        <>
          <h2>{t('lesson.media')}</h2>
          <ul>
            {lesson.media.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener noreferrer" target="_blank">
                  {link.title ?? link.url}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="lesson-finish">
        {completed ? (
          <p className="notice notice-ok" role="status">
            {t('lesson.completed', { date: format.dateTime(lesson.completedAt) })}
          </p>
        ) : (
          <>
            {secondsLeft > 0 ? (
              <p className="study-countdown">
                {t('lesson.countdownLabel')}{' '}
                <span role="timer" aria-live="off" className="study-clock">
                  {clockText(secondsLeft)}
                </span>
              </p>
            ) : null}
            {/* Announced once, when the wait is over (the ticking clock itself stays silent). */}
            <p role="status" className={readyText ? 'notice notice-ok' : 'visually-hidden'}>
              {readyText}
            </p>
            {tooEarly ? (
              <p className="notice notice-warn" role="alert">
                {t('lesson.tooEarly', { seconds: Number((complete.error as ProblemError).problem.retryAfterSeconds) || 1 })}
              </p>
            ) : complete.isError ? (
              <ErrorMessage error={complete.error} />
            ) : null}
            <button type="button" className="primary" disabled={secondsLeft > 0 || complete.isPending} onClick={() => complete.mutate()}>
              {complete.isPending ? t('lesson.completing') : t('lesson.complete')}
            </button>
          </>
        )}
      </div>
    </Page>
  );
}
