import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Transactions a caller further up may already have opened. A request that must
 * commit as one unit — an `Idempotency-Key` request: its effects and the answer
 * stored under the key — opens one with `shared`; services start theirs with
 * `run`, which joins it when there is one and opens its own otherwise.
 *
 * Inside a shared transaction every statement must go through the manager `run`
 * or `manager` hands out: a query on another pooled connection would hold one
 * connection while waiting for a second, and under load the pool runs dry.
 */
@Injectable()
export class Transactions {
  private readonly open = new AsyncLocalStorage<EntityManager>();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = this.open.getStore();
    return em ? work(em) : this.dataSource.transaction(work);
  }

  /** The shared transaction's manager, else the data source's: for a statement that is atomic on its own. */
  get manager(): EntityManager {
    return this.open.getStore() ?? this.dataSource.manager;
  }

  /** Runs `work` in a new transaction that every `run` within it joins. */
  shared<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((em) => this.open.run(em, () => work(em)));
  }
}
