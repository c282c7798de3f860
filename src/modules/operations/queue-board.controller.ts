import { Controller, Delete, Get, HttpCode, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExcludeController,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiOperation,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor } from '../access/actor';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators';
import { ROUTE_LABEL } from './metrics';
import { QueueBoard } from './queue-board';
import { QueueBoardGuard } from './queue-board.guard';
import { BOARD_COOKIE, BOARD_PATH, QueueBoardSessions } from './queue-board-sessions';

/** Under /api/v1: an admin trades the bearer token for the board's cookie. */
@ApiTags('operations')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/queues/session')
export class QueueBoardSessionController {
  constructor(private readonly sessions: QueueBoardSessions) {}

  @Post()
  @ApiOperation({ summary: 'Open the queue board', description: 'Admins only (401 without a token, 403 `role-forbidden` for others). Sets the board\'s short-lived cookie so a browser can open /admin/queues.' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description: `Sets the cookie ${BOARD_COOKIE} (HttpOnly, SameSite=Strict, Path=${BOARD_PATH}), valid as long as an access token, for the queue board at ${BOARD_PATH}`,
  })
  @ApiUnauthorizedResponse({ description: 'No valid access token' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  async open(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<void> {
    res.cookie(BOARD_COOKIE, await this.sessions.issue(actor), { ...this.cookieOptions(), maxAge: this.sessions.ttlSeconds * 1000 });
  }

  @Delete()
  @ApiOperation({ summary: 'Close the queue board session', description: 'Admins only. Clears the board\'s cookie.' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: `Clears the cookie ${BOARD_COOKIE}` })
  @ApiUnauthorizedResponse({ description: 'No valid access token' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  close(@Res({ passthrough: true }) res: Response): void {
    res.clearCookie(BOARD_COOKIE, this.cookieOptions());
  }

  private cookieOptions() {
    return { httpOnly: true, sameSite: 'strict', path: BOARD_PATH, secure: this.sessions.secure } as const;
  }
}

/**
 * The board's page, static files and JSON API, outside /api/v1. Only GET reaches the
 * board: its actions (retry, clean, promote, remove…) are POST, PUT and DELETE and are
 * never routed, besides the board's own read-only mode.
 */
@ApiExcludeController()
@Public()
@UseGuards(QueueBoardGuard)
@Controller('admin/queues')
export class QueueBoardController {
  constructor(private readonly board: QueueBoard) {}

  @Get(['', '*path'])
  serve(@Req() req: Request & { [ROUTE_LABEL]?: string }, @Res() res: Response): Promise<void> {
    req[ROUTE_LABEL] = BOARD_ROUTE_LABEL;
    return this.board.handle(req, res);
  }
}

/** One metrics label for the whole board (its sub-router's own routes are not Nest's). */
const BOARD_ROUTE_LABEL = `${BOARD_PATH}/*path`;
