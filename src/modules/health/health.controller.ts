import { Controller, Get, HttpException, HttpStatus, Inject, OnModuleDestroy } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import Redis from 'ioredis';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Problem } from '../../common/http/problem';
import { failFastRedisOptions } from '../../jobs/redis-connection';
import { Public } from '../auth/auth.decorators';

const CHECK_TIMEOUT_MS = 1_500;

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.redis = new Redis({ ...failFastRedisOptions(config.redisUrl), lazyConnect: true });
    this.redis.on('error', () => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }

  @Get()
  @ApiOkResponse({ description: 'The process is alive' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOkResponse({ description: 'PostgreSQL and Redis answer' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down (problem+json with the checks)' })
  async ready() {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database').withTimeout(CHECK_TIMEOUT_MS),
        () =>
          this.indicators
            .check('redis')
            .attempt(async () => {
              if (this.redis.status === 'wait') await this.redis.connect();
              await this.redis.ping();
            })
            .withTimeout(CHECK_TIMEOUT_MS),
      ]);
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      const result = error.getResponse() as { details?: unknown };
      throw new Problem(HttpStatus.SERVICE_UNAVAILABLE, 'not-ready', 'A dependency of the service is down', { checks: result.details });
    }
  }
}
