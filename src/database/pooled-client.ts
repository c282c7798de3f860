import { Client, ClientConfig } from 'pg';

/**
 * pg's Client with a listener for 'error' from birth. pg-pool listens for a
 * client's errors only while it is idle, and TypeORM only while a query runner
 * holds it; a client checked out by anything else when the server ends its
 * session (a restart: 57P01) emitted an unhandled 'error' and ended the whole
 * worker process. Now the error only breaks that client: its next query fails,
 * the caller's job is retried, and the pool replaces it.
 */
export class PooledClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}
