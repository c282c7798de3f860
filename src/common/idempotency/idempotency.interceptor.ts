import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { lastValueFrom, Observable, of } from 'rxjs';
import { prepared, runPrepared } from '../../database/prepared-statement';
import { Transactions } from '../../database/transactions';
import { DomainError } from '../errors/domain-error';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
/** 1–200 visible ASCII characters (a UUID, a ULID, any client-made token). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
/** A stored response is replayed for a day; after that the key may be used afresh. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

interface StoredRow {
  route: string;
  request_hash: string;
  status_code: number;
  response: unknown;
  expired: boolean;
}

/**
 * The INSERT that stores an answer under a key that is free, or whose lifetime is over, when
 * `condition` holds; it returns no row when the key is taken. Parameters `$first`…`$first+5`:
 * actor, key, route, request hash, status code, the response's JSON text.
 */
export function storeAnswerSql(first: number, condition = 'TRUE'): string {
  const p = (offset: number) => `$${first + offset}`;
  return `INSERT INTO idempotency_key (actor_id, key, route, request_hash, status_code, response)
   SELECT ${p(0)}::uuid, ${p(1)}::text, ${p(2)}::text, ${p(3)}::text, ${p(4)}::int, to_jsonb(${p(5)}::text) WHERE ${condition}
   ON CONFLICT (actor_id, key) DO UPDATE
     SET route = EXCLUDED.route, request_hash = EXCLUDED.request_hash, status_code = EXCLUDED.status_code,
         response = EXCLUDED.response, created_at = now()
     WHERE idempotency_key.created_at < now() - make_interval(secs => ${IDEMPOTENCY_TTL_SECONDS})
   RETURNING 1`;
}

const STORE_ANSWER = prepared('idempotency-store-answer', storeAnswerSql(1));

/** A request's key, and what its answer is stored under. */
export interface KeyClaim {
  actorId: string;
  key: string;
  /** `METHOD /path`: the same key on another route is a reuse. */
  route: string;
  requestHash: string;
}

/** Thrown inside the transaction when the key is taken, so that the handler's work is rolled back. */
class KeyTaken extends Error {}

/**
 * `Idempotency-Key` for mutating routes a client may retry (see `@Idempotent()`).
 *
 * Keys belong to the signed-in actor. A request with a key runs in one
 * transaction with the answer stored under the key: the handler's effects and
 * the stored status and JSON body commit together or not at all, so there is no
 * moment when one exists without the other. If the key was taken meanwhile (a
 * retry, or a duplicate sent at the same time: its insert waits for the first
 * to commit), everything the handler did is rolled back and the stored answer
 * is sent instead, with `Idempotent-Replayed: true`. The same key with another
 * route or body is a 422 `idempotency-key-reused`. Only successful (2xx)
 * answers are stored: a request that fails leaves the key free, so the client
 * may retry with it once it has fixed the request.
 */
@Injectable()
export class IdempotentRequests {
  constructor(private readonly transactions: Transactions) {}

  /** The request's key, checked (422 `invalid-idempotency-key`); none without the header, or on a route without an actor. */
  claimOf(req: Request & { user?: { id?: string } }): KeyClaim | undefined {
    const header = req.headers[IDEMPOTENCY_HEADER.toLowerCase()];
    if (header === undefined) return undefined;
    const key = Array.isArray(header) ? header.join(', ') : header;
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
      throw new DomainError('invalid-idempotency-key', 'The Idempotency-Key header must be 1–200 visible ASCII characters');
    }
    const actorId = req.user?.id;
    // Keys are per actor; a public route has none, so the header is ignored there.
    if (!actorId) return undefined;
    return { actorId, key, route: `${req.method} ${req.originalUrl.split('?')[0]}`, requestHash: hashRequest(req) };
  }

  /** Runs `handler` under the request's key, if it has one; its result, or the answer stored under the key, is the body to send. */
  async run(req: Request & { user?: { id?: string } }, res: Response, handler: () => Promise<unknown>): Promise<unknown> {
    const claim = this.claimOf(req);
    if (!claim) return handler();
    const { actorId, key, route, requestHash } = claim;
    try {
      const body = await this.transactions.shared(async (em) => {
        const result = await handler();
        // Stored as the JSON text that goes over the wire (a jsonb string: jsonb would reorder the keys),
        // so the first answer and every replay are byte for byte the same.
        const text = result === undefined ? 'null' : JSON.stringify(result);
        const stored = await runPrepared(em, STORE_ANSWER, [actorId, key, route, requestHash, res.statusCode, text]);
        if (stored.length === 0) throw new KeyTaken();
        return JSON.parse(text) as unknown;
      });
      res.setHeader(REPLAYED_HEADER, 'false');
      return body ?? undefined;
    } catch (error) {
      // Whatever this run did or failed with, an answer stored under the key for this request is the answer.
      // (A key past its lifetime is free again: a failure under it is this run's own, but one taken
      // while this run was going on is replayed — the key expired only after the insert saw it.)
      const stored = await this.stored(actorId, key);
      if (!stored || (stored.expired && !(error instanceof KeyTaken))) throw error;
      if (stored.route !== route || stored.request_hash !== requestHash) {
        throw new DomainError('idempotency-key-reused',
          'This Idempotency-Key was already used for a different request; use a new key for a new request',
        );
      }
      res.status(stored.status_code);
      res.setHeader(REPLAYED_HEADER, 'true');
      const response = typeof stored.response === 'string' ? (JSON.parse(stored.response) as unknown) : stored.response;
      return response ?? undefined;
    }
  }

  private async stored(actorId: string, key: string): Promise<StoredRow | undefined> {
    const [row]: StoredRow[] = await this.transactions.manager.query(
      `SELECT route, request_hash, status_code, response, created_at < now() - make_interval(secs => ${IDEMPOTENCY_TTL_SECONDS}) AS expired
         FROM idempotency_key WHERE actor_id = $1 AND key = $2`,
      [actorId, key],
    );
    return row;
  }
}

/** `@Idempotent()` routes in Nest's pipeline: IdempotentRequests around the handler. */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly requests: IdempotentRequests) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const body = await this.requests.run(http.getRequest(), http.getResponse(), () => lastValueFrom(next.handle(), { defaultValue: undefined }));
    return of(body);
  }
}

/** The request's body and query, canonicalised (object keys sorted) so that a retry hashes the same. */
function hashRequest(req: Request): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical({ query: req.query ?? {}, body: req.body ?? null })))
    .digest('hex');
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
