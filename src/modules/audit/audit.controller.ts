import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { AuditService } from './audit.service';
import { AuditQuery } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Read the audit log', description: 'Admins: everything; institution admins: events of their institution. Newest first, by cursor (`cursor`, `limit` ≤ 200; 400 `invalid-cursor`). Filters `actorId`, `action`, `entityType`, `entityId`, `institutionId`, `from`, `to`.' })
  @Roles('admin', 'institution_admin')
  @ApiOkResponse({ description: 'Audit events, newest first: `{ items, nextCursor }`' })
  list(@CurrentActor() actor: Actor, @Query() query: AuditQuery) {
    return this.audit.list(actor, query);
  }
}
