import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** The in-app notification routes (API process). */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService],
})
export class NotificationsHttpModule {}
