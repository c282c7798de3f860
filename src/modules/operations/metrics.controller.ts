import { CanActivate, Controller, ExecutionContext, Get, Header, Inject, Injectable, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnauthorizedResponse, ApiOperation } from '@nestjs/swagger';
import type { Request } from 'express';
import { Registry } from 'prom-client';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Public } from '../auth/auth.decorators';
import { Metrics } from './metrics';
import { metricsAccess } from './metrics-access';
import { DomainError } from '../../common/errors/domain-error';

/** GET /metrics as metricsAccess says: 404 when off, 401 without the token. */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  private readonly access: ReturnType<typeof metricsAccess>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.access = metricsAccess(config);
  }

  canActivate(context: ExecutionContext): boolean {
    const verdict = this.access(context.switchToHttp().getRequest<Request>().headers.authorization);
    if (verdict === 'off') throw new DomainError('not-found', 'Metrics are not served');
    if (verdict === 'unauthorized') throw new DomainError('metrics-token-required', 'A valid metrics token is required');
    return true;
  }
}

@ApiTags('operations')
@Public()
@UseGuards(MetricsAccessGuard)
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @ApiOperation({ summary: 'Prometheus metrics', description: 'With `METRICS_TOKEN` set: its bearer token only (401 `metrics-token-required`); without it, open outside production and off in production (404). Process, HTTP, queue and backlog metrics.' })
  @Header('Cache-Control', 'no-store')
  @ApiBearerAuth()
  @ApiProduces('text/plain; version=0.0.4')
  @ApiOkResponse({ description: 'Prometheus text exposition: process, HTTP, BullMQ queue and backlog metrics' })
  @ApiUnauthorizedResponse({ description: 'METRICS_TOKEN is set and the request does not carry it as a bearer token' })
  @ApiNotFoundResponse({ description: 'In production without METRICS_TOKEN the metrics are off' })
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
