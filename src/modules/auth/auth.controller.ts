import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
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
  @Public()
  @HttpCode(HttpStatus.OK)
  // Per-address cap first (generous: a whole station shares one NAT address), then the credentials.
  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenResponse })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password, or a deactivated account' })
  @ApiTooManyRequestsResponse({ description: 'Too many failures on this account, or too many requests from this address' })
  async login(@Req() req: Request & { user: User }, @Body() body: LoginDto, @Res({ passthrough: true }) res: Response): Promise<TokenResponse> {
    const tokens = await this.auth.login(req.user, { ip: req.ip, userAgent: req.get('user-agent') });
    return body.refreshTokenCookie ? this.intoCookie(tokens, res) : tokens;
  }

  @Post('refresh')
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
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The session and all its refresh tokens are revoked; the `mosty_refresh` cookie is cleared' })
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(actor);
    res.clearCookie(REFRESH_COOKIE, this.cookieOptions);
  }

  @Post('logout-everywhere')
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
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserView })
  async me(@CurrentActor() actor: Actor): Promise<UserView> {
    return UserView.of(await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.id }));
  }

  @Post('password')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Password changed; every other session is signed out' })
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }
}
