import { ApiProperty } from '@nestjs/swagger';
import type { Locale } from '../../users/user.entity';
import { EmailStatus, NOTIFICATION_KINDS, NotificationKind, type Notification } from '../notification.entity';
import { renderNotification } from '../notification-texts';

/** The response shapes, for OpenAPI; the functions build them and are typed by them. */
export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty({ description: 'In the reader\'s locale' }) title: string;
  @ApiProperty({ description: 'Plain text, several lines' }) body: string;
  @ApiProperty({ description: 'Absolute' }) link: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) enrollmentId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) certificateId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What the texts were rendered from' }) data: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: Date }) readAt: Date | null;
  @ApiProperty({ enum: ['not_needed', 'pending', 'sent', 'failed'] }) emailStatus: EmailStatus;
  @ApiProperty({ nullable: true, type: Date }) emailSentAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class NotificationPageView {
  @ApiProperty({ type: [NotificationView], description: 'Newest first' }) items: NotificationView[];
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() total: number;
  @ApiProperty({ description: 'All the caller\'s unread, whatever the page' }) unreadCount: number;
}

export class NotificationReadView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() readAt: Date;
}

export class NotificationsMarkedView {
  @ApiProperty({ description: 'How many were unread' }) marked: number;
}

/** An allow-list of the notification's fields, its texts in the reader's locale and its link made absolute. */
export function notificationView(n: Notification, locale: Locale, publicBaseUrl: string): NotificationView {
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
