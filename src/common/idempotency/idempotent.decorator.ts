import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { IDEMPOTENCY_HEADER, IdempotencyInterceptor, REPLAYED_HEADER } from './idempotency.interceptor';

/**
 * Lets clients retry a mutating route safely with an `Idempotency-Key` header:
 *
 *     @Post(':id/submit')
 *     @Idempotent()
 *     submit(...) { ... }
 *
 * The route must answer JSON (the stored body is replayed as is). Requests
 * without the header run as usual. See IdempotencyInterceptor for the rules.
 */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: IDEMPOTENCY_HEADER,
      required: false,
      description: `1–200 visible ASCII characters, unique per request (e.g. a UUID). A retry with the same key and body gets the first answer again, with \`${REPLAYED_HEADER}: true\`; kept for 24 hours. A duplicate sent while the first is still running waits for it and gets its answer.`,
    }),
    ApiUnprocessableEntityResponse({ description: 'idempotency-key-reused: the key was used for another request' }),
  );
