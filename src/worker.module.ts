import { DynamicModule, Module } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { LoggingModule } from './common/logging/logging.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { OutboxRelay } from './modules/outbox/outbox-relay';

/** The worker process: the outbox relay and the BullMQ processors. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, logDestination?: DestinationStream): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(config, logDestination), DatabaseModule],
      providers: [OutboxRelay],
    };
  }
}
