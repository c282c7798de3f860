import { ArgumentMetadata, Inject, Injectable, NestMiddleware, ParseUUIDPipe, ValidationPipe } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { IdempotentRequests, KeyClaim, REPLAYED_HEADER } from '../../common/idempotency/idempotency.interceptor';
import { respondWithProblem } from '../../common/http/problem-details.filter';
import { createValidationPipe } from '../../common/http/validation';
import { API_PREFIX } from '../../api-document';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Actor } from '../access/actor';
import { BearerActors } from '../auth/strategies';
import { ROUTE_LABEL } from '../operations/metrics';
import type { AttemptAnswer } from './attempt-answer';
import { attemptView } from './attempt.view';
import { AttemptsService } from './attempts.service';
import { wellFormedAnswers } from './dto/answer-list-shape';
import { SaveAnswersDto, SubmitAttemptDto } from './dto/answers.dto';

type ActorRequest = Request & { user?: Actor; [ROUTE_LABEL]?: string };

interface DirectRoute {
  method: string;
  /** The route's template as Nest's router labels it (metrics). */
  template: string;
  pattern: RegExp;
  /** 201 for POST, 200 for PUT, or the route's @HttpCode, as Nest answers. */
  status: number;
  handle(req: ActorRequest, res: Response, params: string[]): Promise<unknown>;
}

/** A route of the API: its pattern is made from its template, a `:name` matching one path segment (as Express's router does). */
function directRoute(method: string, path: string, status: number, handle: DirectRoute['handle']): DirectRoute {
  const template = `/${API_PREFIX}${path}`;
  const pattern = new RegExp(`^${template.replace(/:\w+/g, '([^/]+)')}/?$`);
  return { method, template, pattern, status, handle };
}

/**
 * An officer's attempt — start, the autosaves, the submit — is most of what the API serves
 * while a class takes a quiz, and Nest's per-request pipeline (its router, guards, pipes,
 * interceptors, class-validator) cost about as much CPU as the work itself
 * (docs/benchmarks.md, "The browser's attempt"). This middleware answers those three routes
 * itself, right after the request logger and the body parser, with the same steps in the same
 * order and the same functions as AttemptsController in Nest's pipeline: the bearer token as
 * JwtAuthGuard checks it (BearerActors), ParseUUIDPipe on the ids, the DTO's validation
 * (class-validator for any body the quick check does not accept), IdempotentRequests for an
 * `Idempotency-Key`, and the problem filter's answer for every error.
 * test/attempt-direct-routes.e2e-spec.ts sends the same requests to both paths and compares
 * the answers. DIRECT_ROUTES=false leaves the routes to the controller.
 */
@Injectable()
export class AttemptDirectRoutes implements NestMiddleware {
  private readonly routes: DirectRoute[];
  private readonly uuid = new ParseUUIDPipe();
  private readonly validation: ValidationPipe = createValidationPipe();

  constructor(
    private readonly attempts: AttemptsService,
    private readonly actors: BearerActors,
    private readonly idempotent: IdempotentRequests,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.routes = config.directRoutes ? this.attemptRoutes() : [];
  }

  use(req: ActorRequest, res: Response, next: NextFunction): void {
    if (this.routes.length === 0) return next();
    const path = req.originalUrl.split('?', 1)[0];
    for (const route of this.routes) {
      if (req.method !== route.method) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      req[ROUTE_LABEL] = route.template;
      res.status(route.status);
      route.handle(req, res, match.slice(1)).then(
        (body) => {
          // As res.json, without its ETag: a hash of every answer, for routes no client sends conditionally.
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(JSON.stringify(body));
        },
        (error: unknown) => respondWithProblem(error, req, res),
      );
      return;
    }
    next();
  }

  private attemptRoutes(): DirectRoute[] {
    return [
      directRoute('POST', '/enrollments/:id/modules/:moduleId/attempts', 201, async (req, _res, [id, moduleId]) => {
        const actor = await this.signIn(req);
        const [enrollmentId, module] = [await this.param(id, 'id'), await this.param(moduleId, 'moduleId')];
        return attemptView(actor, await this.attempts.start(actor, enrollmentId, module));
      }),
      directRoute('PUT', '/attempts/:id/answers', 200, async (req, _res, [id]) => {
        const actor = await this.signIn(req);
        const attemptId = await this.param(id, 'id');
        return this.attempts.saveAnswers(actor, attemptId, await this.answers(req.body, SaveAnswersDto));
      }),
      directRoute('POST', '/attempts/:id/submit', 202, async (req, res, [id]) => {
        const actor = await this.signIn(req);
        const claim = this.idempotent.claimOf(req);
        if (claim) {
          const submitted = await this.submittedUnderKey(actor, req, res.statusCode, id, claim);
          if (submitted) {
            res.setHeader(REPLAYED_HEADER, 'false');
            return submitted;
          }
        }
        // As in Nest: the key's interceptor runs before the pipes, so the checks happen under the key.
        return this.idempotent.run(req, res, async () => {
          const attemptId = await this.param(id, 'id');
          const answers = await this.answers(req.body, SubmitAttemptDto);
          const attempt = await this.attempts.submit(actor, attemptId, answers);
          return { id: attempt.id, status: attempt.status };
        });
      }),
    ];
  }

  /**
   * The usual keyed submit — valid ids and answers, an open attempt, a fresh key — in one
   * statement that also stores the answer under the key. Undefined when it wrote nothing, or
   * anything failed: then IdempotentRequests answers as for every keyed request (its checks run
   * again there, in Nest's order, so a replay or a refusal reads exactly as on that path).
   */
  private async submittedUnderKey(actor: Actor, req: ActorRequest, status: number, id: string, claim: KeyClaim): Promise<{ id: string; status: string } | undefined> {
    try {
      const attemptId = await this.param(id, 'id');
      const answers = await this.answers(req.body, SubmitAttemptDto);
      if (answers.length === 0) return undefined;
      const body = { id: attemptId, status: 'submitted' };
      return (await this.attempts.submittedUnderKey(actor, attemptId, answers, claim, { status, text: JSON.stringify(body) })) ? body : undefined;
    } catch {
      return undefined;
    }
  }

  private async signIn(req: ActorRequest): Promise<Actor> {
    req.user = await this.actors.of(req);
    return req.user;
  }

  /** As `@Param(name, ParseUUIDPipe)`: Express has decoded nothing here, so the segment is decoded first. */
  private async param(segment: string, name: string): Promise<string> {
    let value: string;
    try {
      value = decodeURIComponent(segment);
    } catch {
      value = segment;
    }
    return (await this.uuid.transform(value, { type: 'param', data: name }))!;
  }

  private async answers(body: unknown, dto: typeof SaveAnswersDto | typeof SubmitAttemptDto): Promise<AttemptAnswer[]> {
    const quick = wellFormedAnswers(body, dto === SaveAnswersDto);
    if (quick) return quick;
    const metadata: ArgumentMetadata = { type: 'body', metatype: dto };
    const validated = (await this.validation.transform(body, metadata)) as SaveAnswersDto | SubmitAttemptDto;
    return validated.answers ?? [];
  }
}
