import { DynamicModule, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { stdSerializers, type DestinationStream } from 'pino';
import { AppConfig } from '../../config/app-config';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Secrets never reach a log line, whatever object they travel in. `parameters` are a failed
 * query's values (TypeORM's QueryFailedError): a refresh token's hash, a new password's
 * argon2id hash (test/secret-logging.e2e-spec.ts); the query itself stays, for the operator.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...['password', 'currentPassword', 'newPassword', 'passwordHash', 'accessToken', 'refreshToken', 'token', 'secret', 'parameters'].flatMap((key) => [
    key,
    `*.${key}`,
    `*.*.${key}`,
  ]),
];

/** Structured JSON logs (pino) with a request id that is echoed in X-Request-Id and in problem responses. */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig, destination?: DestinationStream): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.logLevel,
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              // pino-http binds the serialised request to every request's logger, logged or not: only what a
              // reader needs (headers are never logged, so no header can leak either), read off the raw request.
              wrapSerializers: false,
              serializers: {
                req: (req: IncomingMessage & { id?: string }) => ({ id: req.id, method: req.method, url: req.url, remoteAddress: req.socket?.remoteAddress }),
                res: stdSerializers.wrapResponseSerializer((res) => res),
                err: stdSerializers.wrapErrorSerializer((err) => err),
              },
              genReqId: (req: IncomingMessage, res: ServerResponse) => {
                const given = req.headers['x-request-id'];
                const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
                res.setHeader('X-Request-Id', id);
                return id;
              },
              customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
                err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
            },
            destination as DestinationStream,
          ].filter(Boolean) as never,
        }),
      ],
    };
  }
}
