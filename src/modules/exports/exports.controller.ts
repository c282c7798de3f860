import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../../common/errors/domain-error';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Actor } from '../access/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { CreateExportDto } from './dto/create-export.dto';
import { ExportView, exportFileName, exportView } from './dto/export.view';
import { ExportsService } from './exports.service';
import type { ReportExport } from './report-export.entity';

const MEDIA_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/exports')
@Roles('admin', 'institution_admin')
@ApiForbiddenResponse({ description: 'Officers and trainers' })
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @Idempotent()
  @ApiAcceptedResponse({ type: ExportView, description: '{id, status: "queued", …}: the worker writes the file; poll GET /reports/exports/:id' })
  @ApiNotFoundResponse({ description: 'An institution other than your own' })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateExportDto) {
    return this.view(await this.exports.request(actor, dto));
  }

  @Get(':id')
  @ApiOkResponse({ type: ExportView, description: 'Status (queued, running, ready, failed with failureReason), rows written so far, expiresAt; downloadUrl once ready' })
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.view(await this.exports.get(actor, id));
  }

  @Get(':id/download')
  @ApiProduces(MEDIA_TYPES.csv, MEDIA_TYPES.xlsx)
  @ApiOkResponse({ description: 'The file, streamed; each download is recorded in the audit log (export.downloaded)' })
  @ApiConflictResponse({ description: 'Not ready yet (or failed): see GET /reports/exports/:id' })
  async download(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const { export: found, file, institutionCode } = await this.exports.open(actor, id);
    if (!file || !institutionCode) {
      throw new DomainError('export-not-ready', `The export is ${found.status}; download it once it is ready`, {
        exportStatus: found.status,
        retryAfterSeconds: found.status === 'failed' ? undefined : 2,
      });
    }
    res.type(MEDIA_TYPES[found.format]).attachment(exportFileName(found, institutionCode)).setHeader('Content-Length', String(file.size));
    await pipeline(file.stream, res);
  }

  private view(e: ReportExport) {
    return exportView(e, `${this.config.publicBaseUrl}/api/v1/reports/exports/${e.id}/download`);
  }
}
