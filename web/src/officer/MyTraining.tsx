import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage, Loading } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';

interface EnrollmentItem {
  id: string;
  courseTitle: string;
  status: string;
  dueAt: string | null;
}

/** The officer's assigned courses, overdue first, then by due date. */
export function MyTraining() {
  const { t } = useTranslation('officer');
  const format = useFormat();
  const query = useQuery({
    queryKey: ['enrollments', 'mine'],
    queryFn: async () => (await api.GET('/api/v1/enrollments', { params: { query: { limit: 100 } } })).data as unknown as { items: EnrollmentItem[] },
  });
  return (
    <Page title={t('training.title')}>
      {query.isPending ? <Loading /> : query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        query.data.items.length === 0 ? (
          <p>{t('training.none')}</p>
        ) : (
          <ul className="cards">
            {query.data.items.map((e) => (
              <li key={e.id} className="card">
                <h2>{e.courseTitle}</h2>
                <p>
                  {t(`status.${e.status}`)} · {t('training.due', { date: format.date(e.dueAt) })}
                </p>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </Page>
  );
}
