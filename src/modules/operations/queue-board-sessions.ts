import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { createHmac } from 'node:crypto';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Actor } from '../access/actor';
import { AccessTokenClaims } from '../auth/auth.service';
import { JWT_ISSUER } from '../auth/strategies';

export const BOARD_PATH = '/admin/queues';
export const BOARD_COOKIE = 'mosty_queues';
/** Never accepted where an access token is (audience mosty-api), nor an access token here. */
const BOARD_AUDIENCE = 'mosty-queue-board';

/**
 * The queue board's cookie: a browser does not attach our bearer tokens, so an admin
 * trades one for a short-lived signed token naming the session. The key is derived
 * from JWT_SECRET for this use only, so even a confused audience check could not
 * turn one kind of token into the other.
 */
@Injectable()
export class QueueBoardSessions {
  private readonly key: Uint8Array;
  readonly ttlSeconds: number;
  readonly secure: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.jwtSecret).update('mosty queue board cookie').digest();
    this.ttlSeconds = config.accessTokenTtlSeconds;
    this.secure = new URL(config.publicBaseUrl).protocol === 'https:';
  }

  issue(actor: Actor): Promise<string> {
    return new SignJWT({ sid: actor.sessionId, role: actor.role })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(actor.id)
      .setIssuer(JWT_ISSUER)
      .setAudience(BOARD_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** The claims of a valid, unexpired board token; null for anything else. */
  async verify(token: string): Promise<AccessTokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: JWT_ISSUER,
        audience: BOARD_AUDIENCE,
        requiredClaims: ['sub', 'sid', 'exp'],
      });
      if (typeof payload.sid !== 'string' || typeof payload.role !== 'string') return null;
      return { sub: payload.sub!, sid: payload.sid, role: payload.role };
    } catch {
      return null;
    }
  }
}
