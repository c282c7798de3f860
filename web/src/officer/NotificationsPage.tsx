import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, data } from '../api/client';
import type { components } from '../api/schema';
import { ErrorMessage, QueryStatus } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';

type Notification = components['schemas']['NotificationView'];

/** Every query about notifications starts with this, so marking one read refreshes the list and the badge together. */
const NOTIFICATIONS = ['notifications'];

/** How many of the reader's notifications are unread, for the navigation's badge (asked again every minute). */
export function useUnreadCount(): number | undefined {
  const query = useQuery({
    queryKey: [...NOTIFICATIONS, 'unread'],
    queryFn: async () => data(await api.GET('/api/v1/notifications', { params: { query: { unread: true, limit: 1 } } })).unreadCount,
    refetchInterval: 60_000,
  });
  return query.data;
}

/** The reader's notifications, newest first, each markable as read. */
export function NotificationsPage() {
  const { t } = useTranslation('officer');
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...NOTIFICATIONS, 'list'],
    queryFn: async () => data(await api.GET('/api/v1/notifications', { params: { query: { limit: 100 } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS });
  const markAll = useMutation({
    mutationFn: async () => data(await api.POST('/api/v1/notifications/read-all')),
    onSuccess: refresh,
  });
  const unread = query.data?.unreadCount ?? 0;
  return (
    <Page
      title={t('notifications.title')}
      actions={
        unread > 0 ? (
          <button type="button" disabled={markAll.isPending} onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </button>
        ) : null
      }
    >
      <QueryStatus query={query} />
      {markAll.isError ? <ErrorMessage error={markAll.error} /> : null}
      {query.data ? (
        <>
          <p role="status">{t('notifications.summary', { unread, total: query.data.total })}</p>
          {query.data.items.length === 0 ? (
            <p>{t('notifications.none')}</p>
          ) : (
            <ul className="cards notification-list">
              {query.data.items.map((n) => (
                <NotificationCard key={n.id} notification={n} onRead={refresh} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Page>
  );
}

function NotificationCard({ notification: n, onRead }: { notification: Notification; onRead: () => Promise<void> }) {
  const { t } = useTranslation('officer');
  const format = useFormat();
  const headingId = `notification-${n.id}`;
  const markRead = useMutation({
    mutationFn: async () => data(await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id: n.id } } })),
    onSuccess: onRead,
  });
  return (
    <li className={`card notification ${n.readAt ? 'notification-read' : 'notification-unread'}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {n.readAt ? null : <span className="status-tag notification-new">{t('notifications.new')}</span>} {n.title}
      </h2>
      <p className="notification-meta">{t('notifications.received', { date: format.dateTime(n.createdAt) })}</p>
      <p className="notification-body">{n.body}</p>
      <p className="notification-actions">
        {n.enrollmentId ? <Link to={`/training/${n.enrollmentId}`}>{t('notifications.openCourse')}</Link> : null}
        {n.certificateId ? <Link to="/certificates">{t('notifications.openCertificates')}</Link> : null}
        {n.readAt ? (
          <span className="notification-meta">{t('notifications.readAt', { date: format.dateTime(n.readAt) })}</span>
        ) : (
          <button type="button" aria-describedby={headingId} disabled={markRead.isPending} onClick={() => markRead.mutate()}>
            {t('notifications.markRead')}
          </button>
        )}
      </p>
      {markRead.isError ? <ErrorMessage error={markRead.error} /> : null}
    </li>
  );
}
