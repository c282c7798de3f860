import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { DestinationStream } from 'pino';
import { LoggingModule } from './common/logging/logging.module';
import { StorageModule } from './common/storage/storage.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { JOB_METRICS } from './jobs/job-metrics';
import { QueueWorkers } from './jobs/queue-workers';
import { AccessModule } from './modules/access/access.module';
import { ExpiredAttemptsSweeper } from './modules/attempts/expired-attempts.sweeper';
import { AttemptsModule } from './modules/attempts/attempts.module';
import { AuditModule } from './modules/audit/audit.module';
import { CertificatesModule } from './modules/certificates/certificates.module';
import { ExportsModule } from './modules/exports/exports.module';
import { GradingModule } from './modules/grading/grading.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OutboxRelay } from './modules/outbox/outbox-relay';
import { WorkerMetrics } from './modules/operations/worker-metrics';
import { OutboxModule } from './modules/outbox/outbox.module';
import { ReconciliationSweeper } from './modules/reconciliation/reconciliation.sweeper';

/** The worker process: the outbox relay, the BullMQ workers with their job handlers, timed sweeps, and its metrics. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, logDestination?: DestinationStream): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        DiscoveryModule,
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config, logDestination),
        DatabaseModule,
        // AttemptsModule's controller is built here too, with its @Idempotent() interceptor.
        IdempotencyModule,
        StorageModule,
        AccessModule,
        AuditModule,
        OutboxModule,
        AttemptsModule,
        GradingModule,
        CertificatesModule,
        NotificationsModule,
        ExportsModule,
      ],
      providers: [
        OutboxRelay,
        QueueWorkers,
        WorkerMetrics,
        { provide: JOB_METRICS, useExisting: WorkerMetrics },
        ExpiredAttemptsSweeper,
        ReconciliationSweeper,
      ],
    };
  }
}
