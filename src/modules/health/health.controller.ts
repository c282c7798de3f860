import { Controller, Get, HttpException, Inject, OnModuleDestroy } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { DomainError } from '../../common/errors/domain-error';
import { QueueName } from '../../jobs/catalogue';
import { QueueClients } from '../../jobs/queue-clients';
import { Public } from '../auth/auth.decorators';

const CHECK_TIMEOUT_MS = 1_500;

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController implements OnModuleDestroy {
  private readonly queues: QueueClients;

  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.queues = new QueueClients(config);
  }

  async onModuleDestroy(): Promise<void> {
    await this.queues.close();
  }

  @Get()
  @ApiOkResponse({ description: 'The process is alive' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOkResponse({ description: 'PostgreSQL and the queue backend in use (Redis, or BullMQ on PostgreSQL) answer' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down (problem+json with the checks)' })
  async ready() {
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
