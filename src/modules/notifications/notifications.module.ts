import { Module } from '@nestjs/common';
import { Mailer } from './mailer';
import { CoordinatorDigestHandler, DueRemindersHandler, ExpiryRemindersHandler, SendEmailHandler } from './notification-jobs.handlers';
import { RemindersService } from './reminders.service';

/** The worker's side: the reminder runs, the digest and the mail. */
@Module({
  providers: [Mailer, RemindersService, DueRemindersHandler, ExpiryRemindersHandler, CoordinatorDigestHandler, SendEmailHandler],
})
export class NotificationsModule {}
