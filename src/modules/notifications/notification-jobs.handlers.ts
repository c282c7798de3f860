import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { HandlesJob, JobHandler } from '../../jobs/job-handler';
import type { Locale } from '../users/user.entity';
import { isPermanentRefusal, Mailer } from './mailer';
import type { NotificationKind } from './notification.entity';
import { renderMail } from './notification-texts';
import { DUE_KINDS, EXPIRY_KINDS, RemindersService } from './reminders.service';

/** How long a run may take to hand one mail to the server before another run may try (nodemailer's waits are bounded well below). */
const LEASE_SECONDS = 120;

const logCreated = (logger: Logger, created: Partial<Record<NotificationKind, number>>) => {
  const counts = Object.entries(created).filter(([, n]) => n);
  if (counts.length) logger.log(`Notifications created: ${counts.map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
};

/** due-reminders (daily): courses due within 7 days, and overdue ones (then weekly). */
@Injectable()
@HandlesJob('due-reminders')
export class DueRemindersHandler implements JobHandler<'due-reminders'> {
  private readonly logger = new Logger(DueRemindersHandler.name);

  constructor(private readonly reminders: RemindersService) {}

  async handle(): Promise<void> {
    logCreated(this.logger, await this.reminders.run(DUE_KINDS));
  }
}

/** expiry-reminders (daily): certificates expiring within 60 and 30 days, and expired. */
@Injectable()
@HandlesJob('expiry-reminders')
export class ExpiryRemindersHandler implements JobHandler<'expiry-reminders'> {
  private readonly logger = new Logger(ExpiryRemindersHandler.name);

  constructor(private readonly reminders: RemindersService) {}

  async handle(): Promise<void> {
    logCreated(this.logger, await this.reminders.run(EXPIRY_KINDS));
  }
}

/** coordinator-digest (weekly): each institution admin's digest. */
@Injectable()
@HandlesJob('coordinator-digest')
export class CoordinatorDigestHandler implements JobHandler<'coordinator-digest'> {
  private readonly logger = new Logger(CoordinatorDigestHandler.name);

  constructor(private readonly reminders: RemindersService) {}

  async handle(): Promise<void> {
    logCreated(this.logger, await this.reminders.digest());
  }
}

interface Claimed {
  kind: NotificationKind;
  data: Record<string, unknown>;
  link: string;
  email: string;
  full_name: string;
  locale: Locale;
}

/**
 * send-email: mails one notification, once. The run first takes a lease on the row
 * (pending, and no lease held), so no database connection is held while the mail
 * server is talked to; then it sends, in the recipient's current locale and to their
 * current address (nothing to someone deactivated meanwhile), and marks the row sent. A replay finds it sent and stops. A
 * failure frees the lease and fails the job, which is retried with the catalogue's
 * backoff (and put back by the reconciliation sweep once its attempts are spent),
 * except a permanent refusal (5xx), which is recorded on the row as failed. A crash
 * between the server's acceptance and the update would send the mail again: SMTP
 * offers no way to ask whether a message arrived.
 */
@Injectable()
@HandlesJob('send-email')
export class SendEmailHandler implements JobHandler<'send-email'> {
  private readonly logger = new Logger(SendEmailHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle({ notificationId }: { notificationId: string }): Promise<void> {
    const [claimed]: [Claimed[], number] = await this.dataSource.query(
      `UPDATE notification n SET email_lease_until = now() + make_interval(secs => $2), email_attempts = n.email_attempts + 1
         FROM "user" u
        WHERE n.id = $1 AND u.id = n.recipient_id AND u.active AND n.email_status = 'pending' AND (n.email_lease_until IS NULL OR n.email_lease_until < now())
       RETURNING n.kind, n.data, n.link, u.email, u.full_name, u.locale`,
      [notificationId, LEASE_SECONDS],
    );
    if (claimed.length === 0) return this.notClaimed(notificationId);
    const n = claimed[0];
    const mail = renderMail({ kind: n.kind, data: n.data, recipientName: n.full_name, link: `${this.config.publicBaseUrl}${n.link}` }, n.locale);
    try {
      await this.mailer.send({ to: n.email, subject: mail.title, text: mail.body, html: mail.html });
    } catch (error) {
      const permanent = isPermanentRefusal(error);
      await this.dataSource.query(
        `UPDATE notification SET email_lease_until = NULL, email_error = $2, email_status = CASE WHEN $3 THEN 'failed' ELSE email_status END WHERE id = $1`,
        [notificationId, String((error as Error).message).slice(0, 1000), permanent],
      );
      if (permanent) {
        this.logger.warn(`Mail for notification ${notificationId} refused for good: ${(error as Error).message}`);
        return;
      }
      throw error;
    }
    await this.dataSource.query(
      `UPDATE notification SET email_status = 'sent', email_sent_at = now(), email_lease_until = NULL, email_error = NULL WHERE id = $1`,
      [notificationId],
    );
  }

  /**
   * Sent, refused for good or not to be mailed: done. Its recipient deactivated since: no longer to be mailed.
   * Another run holds the lease: fail, so this job retries and then finds it sent.
   */
  private async notClaimed(notificationId: string): Promise<void> {
    const [, dropped]: [unknown, number] = await this.dataSource.query(
      `UPDATE notification n SET email_status = 'not_needed' FROM "user" u
        WHERE n.id = $1 AND u.id = n.recipient_id AND NOT u.active AND n.email_status = 'pending'`,
      [notificationId],
    );
    if (dropped) return;
    const [row]: { email_status: string }[] = await this.dataSource.query(`SELECT email_status FROM notification WHERE id = $1`, [notificationId]);
    if (row?.email_status === 'pending') throw new Error(`The mail for notification ${notificationId} is being sent by another run`);
  }
}
