import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, Observable, of } from 'rxjs';
import { DataSource } from 'typeorm';
import { Problem } from '../http/problem';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
/** 1–200 visible ASCII characters (a UUID, a ULID, any client-made token). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
/** A stored response is replayed for a day; after that the key may be used afresh. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
/** A placeholder this old belongs to a request whose process died mid-way: a retry may take it over. */
export const IN_FLIGHT_TIMEOUT_SECONDS = 5 * 60;

/** Placeholder rows have status_code 0 until the handler answers. */
const IN_FLIGHT = 0;

interface StoredRow {
  route: string;
  request_hash: string;
  status_code: number;
  response: unknown;
}

type Claim = { kind: 'claimed'; claimedAt: string } | { kind: 'replay'; statusCode: number; response: unknown };

/**
 * `Idempotency-Key` for mutating routes a client may retry (see `@Idempotent()`).
 *
 * Keys belong to the signed-in actor. The first request with a key inserts a
 * placeholder row (committed at once, outside the handler's transaction), runs
 * the handler, and stores its status and JSON body. A retry with the same key,
 * route and body gets the stored answer back with `Idempotent-Replayed: true`
 * and the handler does not run again; the same key with another route or body
 * is a 422 `idempotency-key-reused`; a retry while the first is still running
 * is a 409 `idempotency-key-in-flight` (with Retry-After). Only successful (2xx)
 * answers are stored: when the handler throws, the placeholder is removed, so
 * the client may retry with the same key once it has fixed the request.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { user?: { id?: string } }>();
    const res = http.getResponse<Response>();
    const header = req.headers[IDEMPOTENCY_HEADER.toLowerCase()];
    if (header === undefined) return next.handle();
    const key = Array.isArray(header) ? header.join(', ') : header;
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
      throw new Problem(HttpStatus.BAD_REQUEST, 'invalid-idempotency-key', 'The Idempotency-Key header must be 1–200 visible ASCII characters');
    }
    const actorId = req.user?.id;
    // Keys are per actor; a public route has none, so the header is ignored there.
    if (!actorId) return next.handle();

    const route = `${req.method} ${req.originalUrl.split('?')[0]}`;
    const requestHash = hashRequest(req);
    const claim = await this.claim(actorId, key, route, requestHash);
    if (claim.kind === 'replay') {
      res.status(claim.statusCode);
      res.setHeader(REPLAYED_HEADER, 'true');
      return of(claim.response ?? undefined);
    }

    return next.handle().pipe(
      mergeMap((result) =>
        from(
          (async () => {
            // Stored as the JSON text that goes over the wire (a jsonb string: jsonb would reorder the keys),
            // so the first answer and every replay are byte for byte the same.
            const text = result === undefined ? 'null' : JSON.stringify(result);
            const body = JSON.parse(text) as unknown;
            await this.dataSource.query(
              `UPDATE idempotency_key SET status_code = $4, response = to_jsonb($5::text)
                WHERE actor_id = $1 AND key = $2 AND created_at = $3::timestamptz AND status_code = ${IN_FLIGHT}`,
              [actorId, key, claim.claimedAt, res.statusCode, text],
            );
            res.setHeader(REPLAYED_HEADER, 'false');
            return body ?? undefined;
          })(),
        ),
      ),
      catchError((error: unknown) =>
        from(
          (async () => {
            // Released so the client may retry once it has fixed the request; failing to release only delays that.
            await this.dataSource
              .query(`DELETE FROM idempotency_key WHERE actor_id = $1 AND key = $2 AND created_at = $3::timestamptz AND status_code = ${IN_FLIGHT}`, [
                actorId,
                key,
                claim.claimedAt,
              ])
              .catch(() => undefined);
            throw error;
          })(),
        ),
      ),
    );
  }

  /** Takes the key (a new row, or one that expired or was abandoned), or reads what is stored under it. */
  private async claim(actorId: string, key: string, route: string, requestHash: string): Promise<Claim> {
    for (let round = 0; round < 3; round++) {
      const claimed: { claimed_at: string }[] = await this.dataSource.query(
        `INSERT INTO idempotency_key (actor_id, key, route, request_hash, status_code, response)
         VALUES ($1, $2, $3, $4, ${IN_FLIGHT}, 'null'::jsonb)
         ON CONFLICT (actor_id, key) DO UPDATE
           SET route = EXCLUDED.route, request_hash = EXCLUDED.request_hash, status_code = ${IN_FLIGHT}, response = 'null'::jsonb, created_at = now()
           WHERE idempotency_key.created_at < now() - make_interval(secs => ${IDEMPOTENCY_TTL_SECONDS})
              OR (idempotency_key.status_code = ${IN_FLIGHT} AND idempotency_key.created_at < now() - make_interval(secs => ${IN_FLIGHT_TIMEOUT_SECONDS}))
         RETURNING created_at::text AS claimed_at`,
        [actorId, key, route, requestHash],
      );
      if (claimed.length > 0) return { kind: 'claimed', claimedAt: claimed[0].claimed_at };

      const [stored]: StoredRow[] = await this.dataSource.query(
        `SELECT route, request_hash, status_code, response FROM idempotency_key WHERE actor_id = $1 AND key = $2`,
        [actorId, key],
      );
      if (!stored) continue; // the first request failed and released the key a moment ago: claim it now
      if (stored.route !== route || stored.request_hash !== requestHash) {
        throw new Problem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'idempotency-key-reused',
          'This Idempotency-Key was already used for a different request; use a new key for a new request',
        );
      }
      if (stored.status_code === IN_FLIGHT) {
        throw new Problem(HttpStatus.CONFLICT, 'idempotency-key-in-flight', 'A request with this Idempotency-Key is still being processed; retry shortly', {
          retryAfterSeconds: 1,
        });
      }
      const response = typeof stored.response === 'string' ? (JSON.parse(stored.response) as unknown) : stored.response;
      return { kind: 'replay', statusCode: stored.status_code, response };
    }
    throw new Problem(HttpStatus.CONFLICT, 'idempotency-key-in-flight', 'A request with this Idempotency-Key is being processed; retry shortly', {
      retryAfterSeconds: 1,
    });
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
