import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  @Roles('admin')
  @ApiCreatedResponse({ type: InstitutionView })
  @ApiConflictResponse({ description: 'The code is taken' })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateInstitutionDto): Promise<InstitutionView> {
    return toView(await this.institutions.create(actor, dto));
  }

  @Get()
  @ApiOkResponse({ type: InstitutionPageView, description: 'Institutions the caller may see (admins: all; others: their own)' })
  async list(@CurrentActor() actor: Actor, @Query() query: InstitutionListQuery) {
    const page = await this.institutions.list(actor, query);
    return { ...page, items: page.items.map(toView) };
  }

  @Get(':id')
  @ApiOkResponse({ type: InstitutionView })
  @ApiNotFoundResponse()
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<InstitutionView> {
    return toView(await this.institutions.get(actor, id));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: InstitutionView })
  async update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateInstitutionDto): Promise<InstitutionView> {
    return toView(await this.institutions.update(actor, id, dto));
  }

  @Post(':id/units')
  @Roles('admin', 'institution_admin')
  @ApiCreatedResponse({ type: UnitView })
  async createUnit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateUnitDto): Promise<UnitView> {
    return toUnitView(await this.institutions.createUnit(actor, id, dto));
  }

  @Get(':id/units')
  @ApiOkResponse({ type: UnitPageView, description: 'Units of the institution' })
  async listUnits(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery) {
    const page = await this.institutions.listUnits(actor, id, query);
    return { ...page, items: page.items.map(toUnitView) };
  }

  @Patch(':id/units/:unitId')
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
