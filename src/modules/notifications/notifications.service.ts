import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pageOf } from '../../common/http/pagination';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { User } from '../users/user.entity';
import { NotificationListQuery } from './dto/notification.dto';
import { NotificationPageView, NotificationReadView, NotificationsMarkedView, notificationView } from './dto/notification.view';
import { Notification } from './notification.entity';
import { DomainError } from '../../common/errors/domain-error';

const SCOPE_COLUMNS = { institution: 'n.institution_id', user: 'n.recipient_id' };

/** The caller's in-app notifications: always their own (the access policy's `notification` scope), newest first. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, query: NotificationListQuery): Promise<NotificationPageView> {
    const own = () => this.policy.apply(this.dataSource.getRepository(Notification).createQueryBuilder('n'), this.policy.scope(actor, 'notification', 'read'), SCOPE_COLUMNS);
    const qb = own();
    if (query.unread) qb.andWhere('n.read_at IS NULL');
    const [[rows, total], unreadCount, locale] = await Promise.all([
      qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').skip(query.offset).take(query.limit).getManyAndCount(),
      own().andWhere('n.read_at IS NULL').getCount(),
      this.localeOf(actor),
    ]);
    return { ...pageOf(rows.map((n) => notificationView(n, locale, this.config.publicBaseUrl)), total, query), unreadCount };
  }

  /** Marks one read (again: keeps the first time); anyone else's is not found. */
  async markRead(actor: Actor, id: string): Promise<NotificationReadView> {
    const [updated]: [{ id: string; read_at: Date }[], number] = await this.dataSource.query(
      `UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND recipient_id = $2 RETURNING id, read_at`,
      [id, this.recipientOf(actor)],
    );
    if (updated.length === 0) throw new DomainError('notification-not-found', 'Notification not found');
    return { id: updated[0].id, readAt: updated[0].read_at };
  }

  async markAllRead(actor: Actor): Promise<NotificationsMarkedView> {
    const [, marked]: [unknown, number] = await this.dataSource.query(`UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL`, [
      this.recipientOf(actor),
    ]);
    return { marked };
  }

  /** Writes take the policy's scope too: it is always the caller themself. */
  private recipientOf(actor: Actor): string {
    const scope = this.policy.scope(actor, 'notification', 'manage');
    if (scope.kind !== 'self') throw new DomainError('notification-not-found', 'Notification not found');
    return scope.userId;
  }

  private async localeOf(actor: Actor) {
    return (await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.id })).locale;
  }
}
