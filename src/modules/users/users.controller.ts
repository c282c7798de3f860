import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { FILE_BODY_LIMIT_BYTES } from '../../common/http/body-parsers';
import { DomainError } from '../../common/errors/domain-error';
import { Actor } from '../access/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { CreateUserDto, RosterImportResult, UpdateUserDto, UserListQuery } from './dto/user.dto';
import { UserPageView, UserView } from './dto/user.view';
import { RosterImportService } from './roster-import.service';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiOperation({ summary: 'Create a user', description: 'Admins create any role in any institution; institution admins create officers of their own institution only (403 `role-not-assignable`). 409 `duplicate-email` (any letter case); 422 `invalid-placement` (a unit of another institution, or an admin with an institution), 422 `unknown-unit`. Audited.' })
  @ApiBody({ type: CreateUserDto, examples: { officer: { value: { email: 'oksana.melnyk@policja.example', fullName: 'Оксана Мельник', role: 'officer', password: 'A-first-passphrase-2026', unitId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', locale: 'uk' } } } })
  @Roles('admin', 'institution_admin')
  @ApiCreatedResponse({ type: UserView })
  @ApiConflictResponse({ description: 'The e-mail address is taken (in any letter case)' })
  @ApiForbiddenResponse({ description: 'Institution admins create officers of their own institution only' })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserView> {
    return UserView.of(await this.users.create(actor, dto));
  }

  @Get()
  @ApiOperation({ summary: 'List users', description: 'Admins: everyone; institution admins: their institution; everyone else: themselves. Filters `institutionId`, `unitId`, `role`, `active`, `q` (name or e-mail). Paginated.' })
  @ApiOkResponse({ type: UserPageView, description: 'Admins: everyone; institution admins: their institution; others: themselves' })
  async list(@CurrentActor() actor: Actor, @Query() query: UserListQuery) {
    const page = await this.users.list(actor, query);
    return { ...page, items: page.items.map(UserView.of) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a user', description: 'Admins: anyone; institution admins: their institution\'s people; others: themselves. 404 `user-not-found` otherwise.' })
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse()
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return UserView.of(await this.users.get(actor, id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a user', description: 'Admins: anyone (role and institution too); institution admins: officers of their institution (403 `user-change-forbidden`, `role-not-assignable`, `institution-move-forbidden`). A role change or a new password ends the user\'s sessions. 404 `user-not-found`; 422 `invalid-placement`, `unknown-unit`. Audited.' })
  @ApiBody({ type: UpdateUserDto, examples: { move: { summary: 'Move to another unit', value: { unitId: '2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091' } }, password: { summary: 'Set a password (signs the user out everywhere)', value: { password: 'A-new-passphrase-2026' } } } })
  @Roles('admin', 'institution_admin')
  @ApiOkResponse({ type: UserView })
  async update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserView> {
    return UserView.of(await this.users.update(actor, id, dto));
  }

  @Post(':id/deactivate')
  @ApiOperation({ summary: 'Deactivate a user', description: 'Admins; institution admins for officers of their institution. The user can no longer sign in and their sessions end; their history stays. 409 `self-deactivation`; 404 `user-not-found`. Audited.' })
  @Roles('admin', 'institution_admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: UserView, description: 'The user can no longer sign in; their history stays' })
  async deactivate(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return UserView.of(await this.users.setActive(actor, id, false));
  }

  @Post(':id/reactivate')
  @ApiOperation({ summary: 'Reactivate a user', description: 'Admins; institution admins for officers of their institution. The user may sign in again. 404 `user-not-found`. Audited.' })
  @Roles('admin', 'institution_admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: UserView })
  async reactivate(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return UserView.of(await this.users.setActive(actor, id, true));
  }
}

@ApiTags('users')
@ApiBearerAuth()
@Controller('institutions/:id/users')
export class RosterImportController {
  constructor(private readonly roster: RosterImportService) {}

  @Post('import')
  @ApiOperation({ summary: 'Import a roster (CSV)', description: 'Admins, and the institution\'s admins (officers only; admins may also import trainers and institution admins). The CSV as the raw body (`text/csv`) or the multipart field `file`; `;` or `,`; header `email;fullName;unitCode;role`. Idempotent on e-mail: valid rows are created or updated, bad rows reported by line in `errors`. 400 `invalid-roster` (no usable header), 413 `roster-too-large` (over 20,000 rows), 404 `institution-not-found`.' })
  @Roles('admin', 'institution_admin')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: FILE_BODY_LIMIT_BYTES, files: 1 } }))
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    description: 'CSV with a header row: email, fullName, unitCode, role (";" or ","; UTF-8, BOM allowed). As the raw body, or as the multipart field "file".',
    schema: { type: 'string', example: 'email;fullName;unitCode;role\nanna.nowak@policja.example;Anna Nowak;KP1;officer\n' },
  })
  @ApiOkResponse({ type: RosterImportResult })
  import(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) institutionId: string,
    @Req() req: Request,
    @UploadedFile() file?: { buffer: Buffer },
  ): Promise<RosterImportResult> {
    const csv = file ? file.buffer.toString('utf8') : typeof req.body === 'string' ? req.body : undefined;
    if (csv === undefined) {
      throw new DomainError('unsupported-media-type', 'Send the roster as text/csv, or as the multipart field "file"');
    }
    return this.roster.import(actor, institutionId, csv);
  }
}
