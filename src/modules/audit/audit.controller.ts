import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { PageQuery, pageOf } from '../../common/http/pagination';
import { Roles } from '../auth/auth.decorators';
import { AuditEvent } from './audit-event.entity';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'user.role_changed' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ example: 'user' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  institutionId?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ description: 'Audit events, newest first' })
  async list(@Query() query: AuditQuery) {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.entityType) qb.andWhere('e.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entityId = :entityId', { entityId: query.entityId });
    if (query.institutionId) qb.andWhere('e.institutionId = :institutionId', { institutionId: query.institutionId });
    const [items, total] = await qb.orderBy('e.createdAt', 'DESC').addOrderBy('e.id', 'DESC').skip(query.offset).take(query.limit).getManyAndCount();
    return pageOf(items, total, query);
  }
}
