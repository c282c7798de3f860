import { Controller, Get, HttpException, Inject, OnApplicationShutdown } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { DomainError } from '../../common/errors/domain-error';
import { QueueName } from '../../jobs/catalogue';
import { QueueClients } from '../../jobs/queue-clients';
import { Public } from '../auth/auth.decorators';
import { HttpDrain } from './http-drain';

const CHECK_TIMEOUT_MS = 1_500;

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController implements OnApplicationShutdown {
  private readonly queues: QueueClients;

  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly drain: HttpDrain,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.queues = new QueueClients(config);
  }

  /** After the HTTP server has drained: a readiness probe in flight may still use them. */
  async onApplicationShutdown(): Promise<void> {
    await this.queues.close();
  }

  @Get()
  @ApiOperation({ summary: 'Liveness probe', description: 'Anyone. 200 while the process runs.' })
  @ApiOkResponse({ description: 'The process is alive' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness probe', description: 'Anyone. 200 when PostgreSQL and the queue backend in use answer; 503 `not-ready` naming the failed check (`database`, `queues`) in `checks`, and from the start of a graceful shutdown.' })
  @HealthCheck()
  @ApiOkResponse({ description: 'PostgreSQL and the queue backend in use (Redis, or BullMQ on PostgreSQL) answer' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down, or the process is shutting down (problem+json with the checks)' })
  async ready() {
    if (this.drain.draining) {
      throw new DomainError('not-ready', 'The service is shutting down', { checks: { draining: { status: 'down' } } });
    }
    try {
      return await this.health.check([
        () => this.database.pingCheck('database').withTimeout(CHECK_TIMEOUT_MS),
        () =>
          this.indicators
            .check('queues')
            // A real read of a queue, on whichever backend holds them: a ping would pass with BullMQ's schema missing.
            .attempt(async () => {
              await (await this.queues.connected(QueueName.Grading, CHECK_TIMEOUT_MS)).getJobCounts('waiting');
            })
            .withTimeout(CHECK_TIMEOUT_MS),
      ]);
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      const result = error.getResponse() as { details?: unknown };
      throw new DomainError('not-ready', 'A dependency of the service is down', { checks: result.details });
    }
  }
}
