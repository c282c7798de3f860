import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

/**
 * The API's graceful stop, in Nest's shutdown order. onModuleDestroy, the first hook a
 * SIGTERM reaches: readiness answers 503 from now on. beforeApplicationShutdown: requests are
 * still served for SHUTDOWN_DRAIN_SECONDS, so that a load balancer takes the replica out before
 * it stops accepting. Nest then closes the HTTP server: new connections are refused, idle
 * keep-alive ones end, and it waits for the requests in flight. Those, and any request that
 * still arrives on an open connection, are answered with `Connection: close`: Node's
 * server.close() would otherwise leave a busy keep-alive connection open for its keep-alive
 * timeout after its response. The deadline is the entry point's (see shutdown-deadline.ts).
 */
@Injectable()
export class HttpDrain implements OnModuleInit, OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger(HttpDrain.name);
  private readonly inFlight = new Set<ServerResponse>();
  private closing = false;
  private stopping = false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** True from the stop's first moment: readiness must fail before anything closes. */
  get draining(): boolean {
    return this.stopping;
  }

  onModuleInit(): void {
    const server: Server = this.adapterHost.httpAdapter.getHttpServer();
    server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
      if (this.closing) response.shouldKeepAlive = false;
      this.inFlight.add(response);
      response.once('close', () => {
        this.inFlight.delete(response);
        // Its headers went out with keep-alive before the stop: the connection is idle only once this tick is over.
        if (this.closing) setImmediate(() => server.closeIdleConnections());
      });
    });
  }

  onModuleDestroy(): void {
    this.stopping = true;
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    // Only a signal comes from an orchestrator with a load balancer to tell; app.close() in a test or the demo does not wait.
    if (signal === 'SIGTERM' && this.config.shutdown.drainSeconds > 0) {
      this.logger.log(`SIGTERM: unready, serving ${this.config.shutdown.drainSeconds} s more before closing the HTTP server`);
      await sleep(this.config.shutdown.drainSeconds * 1000);
    }
    this.closing = true;
    for (const response of this.inFlight) if (!response.headersSent) response.shouldKeepAlive = false;
    if (this.inFlight.size > 0) this.logger.log(`Closing the HTTP server; waiting for ${this.inFlight.size} requests in flight`);
  }
}
