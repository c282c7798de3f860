import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { verify, type VerifyOptions } from 'jsonwebtoken';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { Strategy as LocalStrategyBase } from 'passport-local';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Actor } from '../access/actor';
import { User } from '../users/user.entity';
import { AccessTokenClaims, AuthService } from './auth.service';
import { DomainError } from '../../common/errors/domain-error';

export const JWT_ISSUER = 'mosty';
export const JWT_AUDIENCE = 'mosty-api';

/** Only the algorithm we sign with: "none" and key-confusion tricks are refused. */
const ACCESS_TOKEN_CHECKS = { algorithms: ['HS256'], issuer: JWT_ISSUER, audience: JWT_AUDIENCE, ignoreExpiration: false } satisfies VerifyOptions;

/**
 * A KeyObject, not a string: jsonwebtoken would otherwise try the secret as a PEM public key on every
 * request (18 % of the API's CPU).
 */
const accessTokenKey = (config: AppConfig): KeyObject => createSecretKey(Buffer.from(config.jwtSecret));

const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

@Injectable()
export class LocalStrategy extends PassportStrategy(LocalStrategyBase, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  validate(email: string, password: string): Promise<User> {
    return this.auth.validateCredentials(email, password);
  }
}

@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, 'jwt') {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super({
      jwtFromRequest: bearerToken,
      // jsonwebtoken 9 takes a KeyObject; passport-jwt's types lag behind.
      secretOrKey: accessTokenKey(config) as unknown as Buffer,
      ...ACCESS_TOKEN_CHECKS,
    });
  }

  validate(claims: AccessTokenClaims): Promise<Actor> {
    return actorOfClaims(this.auth, claims);
  }
}

async function actorOfClaims(auth: AuthService, claims: AccessTokenClaims): Promise<Actor> {
  const actor = await auth.actorFor(claims);
  if (!actor) throw new DomainError('session-ended', 'The session has ended or the account is inactive');
  return actor;
}

/**
 * The signed-in actor of a request, found as JwtStrategy finds it (the same token checks, the same
 * session lookup, the same refusals as JwtAuthGuard), for the routes answered outside Nest's guards.
 */
@Injectable()
export class BearerActors {
  private readonly key: KeyObject;

  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = accessTokenKey(config);
  }

  of(req: Request): Promise<Actor> {
    const token = bearerToken(req);
    let claims: AccessTokenClaims | undefined;
    try {
      claims = token ? (verify(token, this.key, ACCESS_TOKEN_CHECKS) as AccessTokenClaims) : undefined;
    } catch {
      // Expired, forged or malformed: as passport's failure, which JwtAuthGuard answers with "Unauthorized".
    }
    if (!claims) throw new DomainError('unauthenticated', 'Unauthorized');
    return actorOfClaims(this.auth, claims);
  }
}
