import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiBody, ApiOperation } from '@nestjs/swagger';
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

@ApiTags('exports')
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
  @ApiOperation({ summary: 'Request a report export', description: 'Admins; institution admins for their own institution (404 `institution-not-found` for another; 403 for officers and trainers). The worker writes the CSV or XLSX file: 202, then poll GET /reports/exports/:id. Send an `Idempotency-Key` to repeat safely (422 `idempotency-key-reused` with another body). Audited.' })
  @ApiBody({ type: CreateExportDto, examples: { completion: { value: { kind: 'completion', institutionId: '4f1c2b7e-8a3d-4e5f-9b6a-1c2d3e4f5a6b', format: 'xlsx' } }, overdueCsv: { summary: 'Overdue, CSV for Excel in Polish', value: { kind: 'overdue', institutionId: '4f1c2b7e-8a3d-4e5f-9b6a-1c2d3e4f5a6b', format: 'csv', separator: ';', filters: { unitId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' } } } } })
  @HttpCode(HttpStatus.ACCEPTED)
  @Idempotent()
  @ApiAcceptedResponse({ type: ExportView, description: '{id, status: "queued", …}: the worker writes the file; poll GET /reports/exports/:id' })
  @ApiNotFoundResponse({ description: 'An institution other than your own' })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateExportDto) {
    return this.view(await this.exports.request(actor, dto));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an export\'s status', description: 'Whoever may request it, for their own institution\'s exports: queued, running, ready (with `downloadUrl`) or failed (with `failureReason`), rows so far, expiry. 404 `export-not-found`.' })
  @ApiOkResponse({ type: ExportView, description: 'Status (queued, running, ready, failed with failureReason), rows written so far, expiresAt; downloadUrl once ready' })
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.view(await this.exports.get(actor, id));
  }

  @Get(':id/download')
  @ApiOperation({ summary: 'Download an export', description: 'As GET /reports/exports/:id, once ready (409 `export-not-ready` with Retry-After until then). The file is streamed; each download is audited. 404 `export-not-found` (or expired).' })
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
