import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { DomainError } from '../../common/errors/domain-error';
import { prepared, runPrepared } from '../../database/prepared-statement';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { UserView } from '../users/dto/user.view';
import { Role, User } from '../users/user.entity';
import { AuthSession } from './auth-session.entity';
import { TokenResponse } from './dto/token-response.dto';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { RefreshToken } from './refresh-token.entity';
import { SessionActorCache } from './session-actor-cache';

export interface AccessTokenClaims {
  sub: string;
  sid: string;
  role: string;
}

export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

const REFRESH_TOKEN_FORMAT = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;
const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** The actor behind an access token, while its session is open and the account active. */
const SESSION_ACTOR = prepared(
  'auth-session-actor',
  `SELECT u.id, u.role, u.institution_id, u.unit_id, s.expires_at
     FROM auth_session s JOIN "user" u ON u.id = s.user_id
    WHERE s.id = $1 AND u.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
);

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly sessions: SessionActorCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** passport-local's check: the user, or an exception (401, or 429 while the account is locked). */
  async validateCredentials(rawEmail: string, password: string): Promise<User> {
    const email = rawEmail.trim().toLowerCase();
    await this.throttle.assertNotLocked(email);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!valid || !user) {
      await this.throttle.recordFailure(email, user?.id ?? null, user?.institutionId ?? null);
      throw new DomainError('invalid-credentials', 'Invalid e-mail or password');
    }
    if (!user.active) throw new DomainError('account-deactivated', 'This account has been deactivated');
    await this.throttle.reset(email);
    return user;
  }

  async login(user: User, client: ClientInfo): Promise<TokenResponse> {
    return this.dataSource.transaction(async (em) => {
      const session = await em.save(
        em.create(AuthSession, {
          userId: user.id,
          expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
          ip: client.ip ?? null,
          userAgent: client.userAgent?.slice(0, 500) ?? null,
        }),
      );
      return this.issueTokens(em, user, session);
    });
  }

  /** Rotates a refresh token. Presenting one that was already used revokes its whole family. */
  async refresh(presented: string): Promise<TokenResponse> {
    const match = REFRESH_TOKEN_FORMAT.exec(presented);
    if (!match) throw new DomainError('invalid-refresh-token', 'Invalid refresh token');
    const [, tokenId, secret] = match;
    const outcome = await this.dataSource.transaction(async (em) => {
      const token = await em.getRepository(RefreshToken).findOne({ where: { id: tokenId }, lock: { mode: 'pessimistic_write' } });
      if (!token || !safeEqual(token.tokenHash, sha256(secret))) return { error: new DomainError('invalid-refresh-token', 'Invalid refresh token') };
      const session = await em.getRepository(AuthSession).findOneOrFail({ where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (session.revokedAt || session.expiresAt <= new Date()) return { error: new DomainError('session-ended', 'This session has ended; sign in again') };
      const user = await em.getRepository(User).findOneByOrFail({ id: session.userId });
      if (token.usedAt) {
        await this.revokeSessions(em, { id: session.id }, 'refresh_token_reuse');
        await this.audit.record(em, {
          actorId: user.id,
          action: 'auth.refresh_token_reuse',
          entityType: 'auth_session',
          entityId: session.id,
          institutionId: user.institutionId,
        });
        return { error: new DomainError('refresh-token-reused', 'Refresh token reuse detected; every token of this session is revoked'), endedSessionId: session.id };
      }
      if (!user.active) return { error: new DomainError('account-deactivated', 'This account has been deactivated') };
      await em.update(RefreshToken, { id: token.id }, { usedAt: new Date() });
      return { tokens: await this.issueTokens(em, user, session) };
    });
    // The revocation above must commit, so the 401 is thrown only after the transaction.
    if ('error' in outcome) {
      if (outcome.endedSessionId) this.sessions.forgetSession(outcome.endedSessionId);
      throw outcome.error;
    }
    return outcome.tokens;
  }

  async logout(actor: Actor): Promise<void> {
    await this.dataSource.transaction((em) => this.revokeSessions(em, { id: actor.sessionId }, 'logout'));
    this.sessions.forgetSession(actor.sessionId);
  }

  /** Ends every session of the actor, on every device. */
  async logoutEverywhere(actor: Actor): Promise<void> {
    await this.dataSource.transaction((em) => this.revokeSessions(em, { userId: actor.id }, 'logout_everywhere'));
    this.forgetUsers([actor.id]);
  }

  /** Requires the current password; ends every other session of the user. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.id })
      .getOneOrFail();
    await this.throttle.assertNotLocked(user.email);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      await this.throttle.recordFailure(user.email, user.id, user.institutionId);
      throw new DomainError('wrong-current-password', 'The current password is not correct');
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (em) => {
      await em.update(User, { id: user.id }, { passwordHash, passwordChangedAt: new Date() });
      await this.revokeSessions(em, { userId: user.id, id: Not(actor.sessionId) }, 'password_changed');
      await this.audit.record(em, {
        actorId: user.id,
        action: 'user.password_changed',
        entityType: 'user',
        entityId: user.id,
        institutionId: user.institutionId,
      });
    this.forgetUsers([user.id]);
    });
  }

  /**
   * Used by the JWT strategy on every request: a deactivated user or ended session stops at once.
   * Served from memory while PostgreSQL's notifications say nothing changed (SessionActorCache).
   */
  async actorFor(claims: AccessTokenClaims): Promise<Actor | null> {
    const cached = this.sessions.lookup(claims.sid, claims.sub);
    if (cached.actor) return cached.actor;
    const [row] = await runPrepared<{ id: string; role: Role; institution_id: string | null; unit_id: string | null; expires_at: Date }>(
      this.dataSource.manager,
      SESSION_ACTOR,
      [claims.sid, claims.sub],
    );
    if (!row) return null;
    const actor: Actor = { id: row.id, role: row.role, institutionId: row.institution_id, unitId: row.unit_id, sessionId: claims.sid };
    this.sessions.offer(cached.ticket, actor, row.expires_at);
    return actor;
  }

  /**
   * Call after committing a change to users' role, institution, unit or activity: this
   * process's next request sees it at once (other processes learn it from PostgreSQL's notification).
   */
  forgetUsers(userIds: Iterable<string>): void {
    for (const id of userIds) this.sessions.forgetUser(id);
  }

  async revokeSessions(
    em: EntityManager,
    where: { id?: string | ReturnType<typeof Not>; userId?: string },
    reason: string,
  ): Promise<void> {
    await em.update(AuthSession, { ...where, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  private async issueTokens(em: EntityManager, user: User, session: AuthSession): Promise<TokenResponse> {
    const secret = randomBytes(32).toString('base64url');
    const token = await em.save(em.create(RefreshToken, { sessionId: session.id, tokenHash: sha256(secret) }));
    const claims: AccessTokenClaims = { sub: user.id, sid: session.id, role: user.role };
    return {
      accessToken: await this.jwt.signAsync(claims),
      refreshToken: `${token.id}.${secret}`,
      expiresIn: this.config.accessTokenTtlSeconds,
      tokenType: 'Bearer',
      user: UserView.of(user),
    };
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
