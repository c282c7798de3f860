import type { Locale } from '../../users/user.entity';
import type { Notification } from '../notification.entity';
import { renderNotification } from '../notification-texts';

/** An allow-list of the notification's fields, its texts in the reader's locale and its link made absolute. */
export function notificationView(n: Notification, locale: Locale, publicBaseUrl: string) {
  const { title, body } = renderNotification(n, locale, n.createdAt);
  return {
    id: n.id,
    kind: n.kind,
    title,
    body,
    link: `${publicBaseUrl}${n.link}`,
    enrollmentId: n.enrollmentId,
    certificateId: n.certificateId,
    data: n.data,
    readAt: n.readAt,
    emailStatus: n.emailStatus,
    emailSentAt: n.emailSentAt,
    createdAt: n.createdAt,
  };
}
