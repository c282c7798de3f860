import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { QueueClients } from '../../jobs/queue-clients';
import { AuthModule } from '../auth/auth.module';
import { Metrics } from './metrics';
import { MetricsAccessGuard, MetricsController } from './metrics.controller';
import { QueueBoard } from './queue-board';
import { QueueBoardController, QueueBoardSessionController } from './queue-board.controller';
import { QueueBoardGuard } from './queue-board.guard';
import { QueueBoardSessions } from './queue-board-sessions';

/** GET /metrics (Prometheus) and the queue board at /admin/queues; both read the queues through one set of clients. */
@Module({
  imports: [AuthModule],
  controllers: [MetricsController, QueueBoardSessionController, QueueBoardController],
  providers: [
    { provide: QueueClients, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new QueueClients(config) },
    Metrics,
    MetricsAccessGuard,
    QueueBoard,
    QueueBoardGuard,
    QueueBoardSessions,
  ],
  exports: [Metrics],
})
export class OperationsModule implements OnApplicationShutdown {
  constructor(@Inject(QueueClients) private readonly queues: QueueClients) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queues.close();
  }
}
