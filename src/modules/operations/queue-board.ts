import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import { Injectable } from '@nestjs/common';
import express, { type Request, type Response, type Router } from 'express';
import { QueueClients } from '../../jobs/queue-clients';
import { QUEUE_NAMES } from '../../jobs/catalogue';
import { BOARD_PATH } from './queue-board-sessions';
import { DomainError } from '../../common/errors/domain-error';

/**
 * bull-board over Mosty's queues, read-only: retrying, removing or promoting a job by
 * hand would go behind the outbox and the reconciliation sweep, which already put
 * back work whose job failed for good. Built on first use, so an API that never
 * shows the board opens no Redis connection for it.
 */
@Injectable()
export class QueueBoard {
  private router?: Router;

  constructor(private readonly queues: QueueClients) {}

  /** Serves one (already authorised) request; anything the board does not know is a 404 problem. */
  handle(req: Request, res: Response): Promise<void> {
    return new Promise((resolve, reject) => {
      res.once('close', resolve);
      this.board()(req, res, (error?: unknown) => reject(error ?? new DomainError('not-found', 'No page of the queue board has this address')));
    });
  }

  private board(): Router {
    if (!this.router) {
      const adapter = new ExpressAdapter().setBasePath(BOARD_PATH);
      createBullBoard({
        // bull-board types its adapter for Redis queues; it reads jobs and counts through calls both backends have.
        queues: QUEUE_NAMES.map((name) => new BullMQAdapter(this.queues.queue(name) as unknown as Queue, { readOnlyMode: true })),
        serverAdapter: adapter,
        options: { uiConfig: { boardTitle: 'Mosty queues' } },
      });
      adapter.getRouter().disable('x-powered-by');
      // Mounted as Express mounts a sub-app: the board sees paths below BOARD_PATH and links back under it.
      this.router = express.Router().use(BOARD_PATH, adapter.getRouter());
    }
    return this.router;
  }
}
