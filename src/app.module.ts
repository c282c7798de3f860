import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { parseBody } from './common/http/body-parsers';
import { StorageModule } from './common/storage/storage.module';
import { LoggingModule } from './common/logging/logging.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { AccessModule } from './modules/access/access.module';
import { AssignmentsModule } from './modules/assignments/assignments.module';
import { AttemptDirectRoutes } from './modules/attempts/attempt-direct-routes';
import { AttemptsModule } from './modules/attempts/attempts.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CertificatesHttpModule } from './modules/certificates/certificates-http.module';
import { CoursesModule } from './modules/courses/courses.module';
import { EnrollmentsModule } from './modules/enrollments/enrollments.module';
import { ExportsHttpModule } from './modules/exports/exports-http.module';
import { GradingModule } from './modules/grading/grading.module';
import { HealthModule } from './modules/health/health.module';
import { InstitutionsModule } from './modules/institutions/institutions.module';
import { NotificationsHttpModule } from './modules/notifications/notifications-http.module';
import { OperationsModule } from './modules/operations/operations.module';
import { OutboxModule } from './modules/outbox/outbox.module';
import { QuestionsModule } from './modules/questions/questions.module';
import { ReportsModule } from './modules/reports/reports.module';
import { UsersModule } from './modules/users/users.module';

export interface AppModuleOptions {
  /** Where logs go; stdout when absent (tests pass a stream to read them). */
  logDestination?: DestinationStream;
  /** false: the caller closes the app on SIGINT/SIGTERM itself (the demo, which must stop its PostgreSQL after the app). */
  shutdownHooks?: boolean;
}

/** The HTTP API: feature modules and the infrastructure they share. */
@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config, options.logDestination),
        DatabaseModule,
        IdempotencyModule,
        StorageModule,
        AccessModule,
        AuditModule,
        OutboxModule,
        AuthModule,
        InstitutionsModule,
        UsersModule,
        QuestionsModule,
        CoursesModule,
        EnrollmentsModule,
        AssignmentsModule,
        AttemptsModule,
        GradingModule,
        CertificatesHttpModule,
        NotificationsHttpModule,
        ReportsModule,
        ExportsHttpModule,
        HealthModule,
        OperationsModule,
      ],
    };
  }

  /**
   * The root module's middleware runs after the imported modules' (the request logger); the attempt's
   * hot routes are answered once their body is parsed, before Nest's router.
   */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(parseBody, AttemptDirectRoutes).forRoutes('{*path}');
  }
}
