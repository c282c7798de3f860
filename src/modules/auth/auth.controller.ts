import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { CookieOptions, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { readCookie, REFRESH_COOKIE_PATH } from '../../common/http/cookies';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Actor } from '../access/actor';
import { UserView } from '../users/dto/user.view';
import { User } from '../users/user.entity';
import { CurrentActor, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, RefreshDto } from './dto/login.dto';
import { TokenResponse } from './dto/token-response.dto';
import { LocalAuthGuard } from './guards';
import { DomainError } from '../../common/errors/domain-error';

/** Where a browser keeps its refresh token: sent only to the auth routes, never readable by a script. */
export const REFRESH_COOKIE = 'mosty_refresh';

@ApiTags('auth')
@SkipThrottle({ verify: true })
@Controller('auth')
export class AuthController {
  private readonly cookieOptions: CookieOptions;

  constructor(
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cookieOptions = { httpOnly: true, sameSite: 'strict', path: REFRESH_COOKIE_PATH, secure: new URL(config.publicBaseUrl).protocol === 'https:' };
  }

  @Post('login')
  @ApiOperation({ summary: 'Sign in', description: 'Anyone. Answers an access token (short-lived, `Authorization: Bearer …`) and a refresh token — with `refreshTokenCookie: true` the refresh token comes as the HttpOnly `mosty_refresh` cookie instead (the web app\'s way). 401 `invalid-credentials` or `account-deactivated`; 429 `login-locked` after repeated failures on one account (with Retry-After) or `rate-limited` from one address.' })
  @Public()
  @HttpCode(HttpStatus.OK)
  // Per-address cap first (generous: a whole station shares one NAT address), then the credentials.
  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  @ApiBody({ type: LoginDto, examples: { officer: { summary: 'The demo officer', value: { email: 'lukasz.zolc@policja.demo.example', password: 'Mosty-demo-2026!' } }, browser: { summary: 'Refresh token as a cookie', value: { email: 'lukasz.zolc@policja.demo.example', password: 'Mosty-demo-2026!', refreshTokenCookie: true } } } })
  @ApiOkResponse({ type: TokenResponse })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password, or a deactivated account' })
  @ApiTooManyRequestsResponse({ description: 'Too many failures on this account, or too many requests from this address' })
  async login(@Req() req: Request & { user: User }, @Body() body: LoginDto, @Res({ passthrough: true }) res: Response): Promise<TokenResponse> {
    const tokens = await this.auth.login(req.user, { ip: req.ip, userAgent: req.get('user-agent') });
    return body.refreshTokenCookie ? this.intoCookie(tokens, res) : tokens;
  }

  @Post('refresh')
  @ApiOperation({ summary: 'Exchange a refresh token for new tokens', description: 'Anyone holding a refresh token (in the body or the `mosty_refresh` cookie). Each refresh token works once: the answer carries the next one. Using one twice revokes the whole session (401 `refresh-token-reused`); 401 `invalid-refresh-token` (unknown or expired), `no-refresh-token`, `session-ended`.' })
  @ApiBody({ type: RefreshDto, examples: { token: { value: { refreshToken: '<the refresh token from POST /auth/login>' } }, cookie: { summary: 'With the mosty_refresh cookie', value: {} } } })
  @Public()
  @HttpCode(HttpStatus.OK)
  @UseGuards(ThrottlerGuard)
  @ApiOkResponse({ type: TokenResponse })
  @ApiUnauthorizedResponse({ description: 'Unknown, expired or reused refresh token (reuse revokes the session), or neither a token nor the cookie' })
  async refresh(@Req() req: Request, @Body() body: RefreshDto, @Res({ passthrough: true }) res: Response): Promise<TokenResponse> {
    if (body.refreshToken) return this.auth.refresh(body.refreshToken);
    const fromCookie = readCookie(req, REFRESH_COOKIE);
    if (!fromCookie) throw new DomainError('no-refresh-token', 'No refresh token: sign in again');
    try {
      return this.intoCookie(await this.auth.refresh(fromCookie), res);
    } catch (error) {
      // A dead token in the cookie would be sent on every refresh: take it away.
      if (error instanceof DomainError && error.status === 401) res.clearCookie(REFRESH_COOKIE, this.cookieOptions);
      throw error;
    }
  }

  @Post('logout')
  @ApiOperation({ summary: 'Sign out of this session', description: 'Any signed-in user. Revokes the current session and its refresh tokens and clears the `mosty_refresh` cookie; the access token stops working at once.' })
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The session and all its refresh tokens are revoked; the `mosty_refresh` cookie is cleared' })
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(actor);
    res.clearCookie(REFRESH_COOKIE, this.cookieOptions);
  }

  @Post('logout-everywhere')
  @ApiOperation({ summary: 'Sign out on every device', description: 'Any signed-in user. Revokes every session of the caller (every device) and clears the cookie.' })
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Every session of the caller — every device — is revoked; the `mosty_refresh` cookie is cleared' })
  async logoutEverywhere(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logoutEverywhere(actor);
    res.clearCookie(REFRESH_COOKIE, this.cookieOptions);
  }

  /** The refresh token leaves the body for the cookie, which lives as long as the session may. */
  private intoCookie({ refreshToken, ...tokens }: TokenResponse, res: Response): TokenResponse {
    res.cookie(REFRESH_COOKIE, refreshToken, { ...this.cookieOptions, maxAge: this.config.refreshTokenTtlSeconds * 1000 });
    return tokens;
  }

  @Get('me')
  @ApiOperation({ summary: 'Who am I', description: 'Any signed-in user: their own account — role, institution, unit, locale.' })
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserView })
  async me(@CurrentActor() actor: Actor): Promise<UserView> {
    return UserView.of(await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.id }));
  }

  @Post('password')
  @ApiOperation({ summary: 'Change my password', description: 'Any signed-in user, with the current password (400 `wrong-current-password`; 400 `validation` when the new one is too weak). Every other session of the user is signed out; this one stays.' })
  @ApiBody({ type: ChangePasswordDto, examples: { change: { value: { currentPassword: 'Mosty-demo-2026!', newPassword: 'A-longer-passphrase-2027' } } } })
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Password changed; every other session is signed out' })
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }
}
