import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { Actor } from '../access/actor';
import { AuthService } from '../auth/auth.service';
import { readCookie } from '../../common/http/cookies';
import { BOARD_COOKIE, QueueBoardSessions } from './queue-board-sessions';
import { DomainError } from '../../common/errors/domain-error';

/** The JWT strategy itself (signature, issuer, audience, live session), for requests that carry a bearer token. */
class BearerGuard extends AuthGuard('jwt') {}

/**
 * Every request to the queue board: an admin's bearer token, or the board cookie
 * whose session is still open and whose user is still an active admin — checked by
 * the same query as every access token (AuthService.actorFor).
 */
@Injectable()
export class QueueBoardGuard implements CanActivate {
  private readonly bearer = new BearerGuard();

  constructor(
    private readonly auth: AuthService,
    private readonly sessions: QueueBoardSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { user?: Actor }>();
    if (req.headers.authorization) {
      await this.bearer.canActivate(context);
      if (req.user?.role !== 'admin') throw new DomainError('queue-board-admin-only', 'Only admins may open the queue board');
      return true;
    }
    const token = readCookie(req, BOARD_COOKIE);
    const claims = token ? await this.sessions.verify(token) : null;
    const actor = claims ? await this.auth.actorFor(claims) : null;
    // A demoted admin's cookie is as dead as a revoked session's: the cookie only ever meant "admin".
    if (actor?.role !== 'admin') throw new DomainError('queue-board-session-required', 'Open the queue board through POST /api/v1/admin/queues/session');
    req.user = actor;
    return true;
  }
}
