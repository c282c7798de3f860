import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { NotificationListQuery } from './dto/notification.dto';
import { NotificationPageView, NotificationReadView, NotificationsMarkedView } from './dto/notification.view';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'List my notifications', description: 'Any signed-in user: their own, newest first, in their locale, with `unreadCount`; `unread=true` for unread only. Paginated.' })
  @ApiOkResponse({ type: NotificationPageView, description: 'The caller\'s own, newest first; texts in the caller\'s locale' })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationListQuery) {
    return this.notifications.list(actor, query);
  }

  // Declared before :id/read so that "read-all" is not taken for an id.
  @Post('read-all')
  @ApiOperation({ summary: 'Mark all my notifications read', description: 'Any signed-in user, their own only.' })
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: NotificationsMarkedView })
  readAll(@CurrentActor() actor: Actor) {
    return this.notifications.markAllRead(actor);
  }

  @Post(':id/read')
  @ApiOperation({ summary: 'Mark a notification read', description: 'Any signed-in user, their own only (404 `notification-not-found` otherwise). Reading again keeps the first time.' })
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: NotificationReadView, description: 'Reading again keeps the first time' })
  @ApiNotFoundResponse({ description: 'Not the caller\'s notification' })
  read(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.notifications.markRead(actor, id);
  }
}
