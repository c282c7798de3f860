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
  @Roles('admin', 'institution_admin')
  @ApiCreatedResponse({ type: UserView })
  @ApiConflictResponse({ description: 'The e-mail address is taken (in any letter case)' })
  @ApiForbiddenResponse({ description: 'Institution admins create officers of their own institution only' })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserView> {
    return UserView.of(await this.users.create(actor, dto));
  }

  @Get()
  @ApiOkResponse({ type: UserPageView, description: 'Admins: everyone; institution admins: their institution; others: themselves' })
  async list(@CurrentActor() actor: Actor, @Query() query: UserListQuery) {
    const page = await this.users.list(actor, query);
    return { ...page, items: page.items.map(UserView.of) };
  }

  @Get(':id')
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse()
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return UserView.of(await this.users.get(actor, id));
  }

  @Patch(':id')
  @Roles('admin', 'institution_admin')
  @ApiOkResponse({ type: UserView })
  async update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserView> {
    return UserView.of(await this.users.update(actor, id, dto));
  }

  @Post(':id/deactivate')
  @Roles('admin', 'institution_admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: UserView, description: 'The user can no longer sign in; their history stays' })
  async deactivate(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return UserView.of(await this.users.setActive(actor, id, false));
  }

  @Post(':id/reactivate')
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
