import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, data } from '../api/client';
import type { User } from '../auth/session';
import { useUser } from '../auth/useUser';
import { QueryStatus } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { useLocalized } from '../common/localized';
import { progressPercent, trainingOrder } from './training-order';

/** The officer's assigned courses, overdue first, then by due date; each leads to its course page. */
export function MyTraining() {
  const { t } = useTranslation('officer');
  const format = useFormat();
  const localized = useLocalized();
  const user = useUser() as User;
  const query = useQuery({
    queryKey: ['enrollments', 'mine', user.id],
    // Filtered to the reader: an institution admin's scope is their whole institution, but this page is their own.
    queryFn: async () => data(await api.GET('/api/v1/enrollments', { params: { query: { limit: 100, userId: user.id } } })),
  });
  return (
    <Page title={t('training.title')}>
      <QueryStatus query={query} />
      {query.data ? (
        query.data.items.length === 0 ? (
          <p>{t('training.none')}</p>
        ) : (
          <ul className="cards">
            {trainingOrder(query.data.items).map((e) => (
              <li key={e.id} className={`card training-card training-${e.status}`}>
                <h2>
                  <Link to={`/training/${e.id}`}>{localized(e.courseTitle)}</Link>
                </h2>
                <p>
                  <span className={`status-tag status-${e.status}`}>{t(`status.${e.status}`)}</span>{' '}
                  {e.status === 'completed' ? t('training.completedOn', { date: format.date(e.completedAt) }) : t('training.due', { date: format.date(e.dueAt) })}
                </p>
                <p className="training-progress">
                  <label>
                    <span>{t('training.progress', { done: e.modulesCompleted, total: e.modulesTotal })}</span>
                    <progress max={100} value={progressPercent(e)}>
                      {format.percent(progressPercent(e))}
                    </progress>
                  </label>
                </p>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </Page>
  );
}
