import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, data } from '../api/client';
import { ErrorMessage, Loading } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { useLocalized } from '../common/localized';
import { clockText } from './study-time';

export const enrollmentQueryKey = (enrollmentId: string) => ['enrollments', enrollmentId];

export function useEnrollment(enrollmentId: string) {
  return useQuery({
    queryKey: enrollmentQueryKey(enrollmentId),
    queryFn: async () => data(await api.GET('/api/v1/enrollments/{id}', { params: { path: { id: enrollmentId } } })),
  });
}

/** One assigned course: its due date and its modules in order, each with the officer's progress and a link to study it. */
export function CoursePage() {
  const { enrollmentId = '' } = useParams();
  const { t } = useTranslation('officer');
  const format = useFormat();
  const localized = useLocalized();
  const query = useEnrollment(enrollmentId);
  const enrollment = query.data;
  const back = (
    <p>
      <Link to="/training">{t('course.backToTraining')}</Link>
    </p>
  );
  if (!enrollment) {
    return (
      <Page title={query.isError ? t('course.unavailable') : t('course.loading')}>
        {query.isPending ? <Loading /> : <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
        {back}
      </Page>
    );
  }
  const modules = [...enrollment.modules].sort((a, b) => a.position - b.position);
  return (
    <Page title={localized(enrollment.courseTitle)}>
      {back}
      <dl className="facts">
        <div>
          <dt>{t('course.status')}</dt>
          <dd>
            <span className={`status-tag status-${enrollment.status}`}>{t(`status.${enrollment.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('course.due')}</dt>
          <dd>{format.date(enrollment.dueAt)}</dd>
        </div>
        {enrollment.completedAt ? (
          <div>
            <dt>{t('course.completedAt')}</dt>
            <dd>{format.date(enrollment.completedAt)}</dd>
          </div>
        ) : null}
      </dl>
      {enrollment.status === 'completed' ? (
        <p className="notice notice-ok">
          {t('course.completedNote')} <Link to="/certificates">{t('course.toCertificates')}</Link>
        </p>
      ) : enrollment.status === 'expired' ? (
        <p className="notice notice-warn">{t('course.expiredNote')}</p>
      ) : null}
      <h2>{t('course.modules')}</h2>
      <ol className="module-list">
        {modules.map((m) => {
          const title = localized(m.title);
          const to = `/training/${enrollment.id}/${m.kind === 'lesson' ? 'lesson' : 'quiz'}/${m.id}`;
          return (
            <li key={m.id} className={`card module module-${m.status}`}>
              <h3>
                <Link to={to}>{title}</Link>
              </h3>
              <p>
                {t(`course.kind.${m.kind}`)} · <span className={`status-tag progress-${m.status}`}>{t(`course.moduleStatus.${m.status}`)}</span>
                {m.kind === 'lesson' && m.minStudySeconds ? <> · {t('course.minStudy', { time: clockText(m.minStudySeconds) })}</> : null}
                {m.kind === 'quiz' && m.bestPercent != null ? <> · {t('course.bestScore', { percent: format.percent(m.bestPercent) })}</> : null}
                {m.completedAt ? <> · {t('course.moduleCompletedAt', { date: format.date(m.completedAt) })}</> : null}
              </p>
            </li>
          );
        })}
      </ol>
    </Page>
  );
}
