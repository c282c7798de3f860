import { Global, Module } from '@nestjs/common';
import { IdempotentRequests } from './idempotency.interceptor';

/** Idempotency-Key handling for `@Idempotent()` routes and for the routes answered outside Nest's pipeline. */
@Global()
@Module({ providers: [IdempotentRequests], exports: [IdempotentRequests] })
export class IdempotencyModule {}
