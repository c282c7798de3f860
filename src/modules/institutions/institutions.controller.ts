import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiBody, ApiOperation } from '@nestjs/swagger';
import { PageQuery } from '../../common/http/pagination';
import { Actor } from '../access/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import {
  CreateInstitutionDto,
  CreateUnitDto,
  InstitutionListQuery,
  InstitutionPageView,
  InstitutionView,
  UnitPageView,
  UnitView,
  UpdateInstitutionDto,
  UpdateUnitDto,
} from './dto/institution.dto';
import { InstitutionsService } from './institutions.service';

const toView = ({ id, name, type, code }: InstitutionView): InstitutionView => ({ id, name, type, code });
const toUnitView = ({ id, institutionId, name, code }: UnitView): UnitView => ({ id, institutionId, name, code });

@ApiTags('institutions')
@ApiBearerAuth()
@Controller('institutions')
export class InstitutionsController {
  constructor(private readonly institutions: InstitutionsService) {}

  @Post()
  @ApiOperation({ summary: 'Create an institution', description: 'Admins only (403 `role-forbidden` for others). 409 `duplicate-code` when the code is taken in any letter case. Audited.' })
  @ApiBody({ type: CreateInstitutionDto, examples: { police: { value: { name: 'Komenda Miejska Policji w Krakowie', type: 'police', code: 'KMP-KRK' } } } })
  @Roles('admin')
  @ApiCreatedResponse({ type: InstitutionView })
  @ApiConflictResponse({ description: 'The code is taken' })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateInstitutionDto): Promise<InstitutionView> {
    return toView(await this.institutions.create(actor, dto));
  }

  @Get()
  @ApiOperation({ summary: 'List institutions', description: 'Admins see all; everyone else sees only their own institution. Paginated (`page`, `limit` ≤ 100).' })
  @ApiOkResponse({ type: InstitutionPageView, description: 'Institutions the caller may see (admins: all; others: their own)' })
  async list(@CurrentActor() actor: Actor, @Query() query: InstitutionListQuery) {
    const page = await this.institutions.list(actor, query);
    return { ...page, items: page.items.map(toView) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an institution', description: 'Admins: any; others: their own. 404 `institution-not-found` for an unknown id or another institution (never 403, so ids do not leak).' })
  @ApiOkResponse({ type: InstitutionView })
  @ApiNotFoundResponse()
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<InstitutionView> {
    return toView(await this.institutions.get(actor, id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an institution', description: 'Admins only. Only the fields sent change. 404 `institution-not-found`; 409 `duplicate-code`. Audited.' })
  @ApiBody({ type: UpdateInstitutionDto, examples: { rename: { value: { name: 'Komenda Miejska Policji w Krakowie (KMP)' } } } })
  @Roles('admin')
  @ApiOkResponse({ type: InstitutionView })
  async update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateInstitutionDto): Promise<InstitutionView> {
    return toView(await this.institutions.update(actor, id, dto));
  }

  @Post(':id/units')
  @ApiOperation({ summary: 'Add a unit', description: 'Admins, and the institution\'s own institution admins. The code is unique within the institution (409 `duplicate-code`); the roster CSV refers to units by it. 404 `institution-not-found` for an institution outside your scope.' })
  @ApiBody({ type: CreateUnitDto, examples: { unit: { value: { name: 'Komisariat Policji I', code: 'KP1' } } } })
  @Roles('admin', 'institution_admin')
  @ApiCreatedResponse({ type: UnitView })
  async createUnit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateUnitDto): Promise<UnitView> {
    return toUnitView(await this.institutions.createUnit(actor, id, dto));
  }

  @Get(':id/units')
  @ApiOperation({ summary: 'List the units of an institution', description: 'Members of the institution and admins. 404 `institution-not-found` otherwise. Paginated.' })
  @ApiOkResponse({ type: UnitPageView, description: 'Units of the institution' })
  async listUnits(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery) {
    const page = await this.institutions.listUnits(actor, id, query);
    return { ...page, items: page.items.map(toUnitView) };
  }

  @Patch(':id/units/:unitId')
  @ApiOperation({ summary: 'Change a unit', description: 'Admins, and the institution\'s admins. 404 `institution-not-found` / `unit-not-found`; 409 `duplicate-code`. Audited.' })
  @ApiBody({ type: UpdateUnitDto, examples: { rename: { value: { name: 'Komisariat Policji I Kraków-Śródmieście' } } } })
  @Roles('admin', 'institution_admin')
  @ApiOkResponse({ type: UnitView })
  async updateUnit(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: UpdateUnitDto,
  ): Promise<UnitView> {
    return toUnitView(await this.institutions.updateUnit(actor, id, unitId, dto));
  }
}
