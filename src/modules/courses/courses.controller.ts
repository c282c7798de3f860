import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseIntPipe, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiTags,
  getSchemaPath,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { CourseModulesService } from './course-modules.service';
import { CoursesService } from './courses.service';
import { CourseListQuery, CreateCourseDto, CreateModuleDto, PublishCourseDto, UpdateCourseDto, UpdateModuleDto } from './dto/course.dto';
import { AuthorCourseView, CourseModuleView, CoursePageView, PublishedCourseView, PublishedVersionView, VersionDetailView, VersionListView } from './dto/course-views';
import { authorCourseView, moduleView, publishedCourseView, versionSummary } from './dto/course.view';
import { PublishService } from './publish.service';

const isAuthor = (actor: Actor) => actor.role === 'trainer' || actor.role === 'admin';

@ApiTags('courses')
@ApiBearerAuth()
@ApiExtraModels(AuthorCourseView, PublishedCourseView)
@Controller('courses')
export class CoursesController {
  constructor(
    private readonly courses: CoursesService,
    private readonly modules: CourseModulesService,
    private readonly publisher: PublishService,
  ) {}

  @Post()
  @Roles('trainer', 'admin')
  @ApiCreatedResponse({ type: AuthorCourseView, description: 'The new draft (status "draft")' })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateCourseDto) {
    return authorCourseView(await this.courses.create(actor, dto), []);
  }

  @Get()
  @ApiOkResponse({ type: CoursePageView, description: 'Authors: every course (or with owner=me their own) and its draft state; others: published courses meant for their institution' })
  async list(@CurrentActor() actor: Actor, @Query() query: CourseListQuery) {
    if (isAuthor(actor)) {
      const page = await this.courses.listForAuthors(actor, query);
      return { ...page, items: page.items.map((c) => authorCourseView(c)) };
    }
    const page = await this.courses.listPublished(actor, query);
    return { ...page, items: page.items.map(publishedCourseView) };
  }

  @Get(':id')
  @ApiOkResponse({
    description: 'Authors: the draft with its modules (AuthorCourseView); others: the published outline (PublishedCourseView)',
    schema: { oneOf: [{ $ref: getSchemaPath(AuthorCourseView) }, { $ref: getSchemaPath(PublishedCourseView) }] },
  })
  @ApiNotFoundResponse()
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    if (!isAuthor(actor)) return publishedCourseView(await this.courses.getPublished(actor, id));
    const { course, modules } = await this.courses.getDraft(id);
    return authorCourseView(course, modules);
  }

  @Patch(':id')
  @Roles('trainer', 'admin')
  @ApiOkResponse({ type: AuthorCourseView })
  @ApiForbiddenResponse({ description: "Another trainer's course" })
  async update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCourseDto) {
    return authorCourseView(await this.courses.update(actor, id, dto));
  }

  @Post(':id/modules')
  @Roles('trainer', 'admin')
  @ApiCreatedResponse({ type: CourseModuleView })
  async addModule(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateModuleDto) {
    return moduleView(await this.modules.create(actor, id, dto));
  }

  @Patch(':id/modules/:moduleId')
  @Roles('trainer', 'admin')
  @ApiOkResponse({ type: CourseModuleView, description: 'The module; a new position moves it and shifts the others' })
  async updateModule(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('moduleId', ParseUUIDPipe) moduleId: string,
    @Body() dto: UpdateModuleDto,
  ) {
    return moduleView(await this.modules.update(actor, id, moduleId, dto));
  }

  @Delete(':id/modules/:moduleId')
  @Roles('trainer', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async removeModule(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('moduleId', ParseUUIDPipe) moduleId: string) {
    await this.modules.remove(actor, id, moduleId);
  }

  @Post(':id/publish')
  @Roles('trainer', 'admin')
  @ApiCreatedResponse({
    type: PublishedVersionView,
    description: 'The new version; which enrollments of earlier versions moved to it and which stayed; warnings (no-quiz) that do not stop the publish',
  })
  @ApiUnprocessableEntityResponse({ description: 'What is missing, per field (problem+json with errors)' })
  async publish(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PublishCourseDto): Promise<PublishedVersionView> {
    const { version, ...outcome } = await this.publisher.publish(actor, id, { moveInProgress: dto.moveInProgress });
    return { ...versionSummary(version), ...outcome };
  }

  @Get(':id/versions')
  @Roles('trainer', 'admin')
  @ApiOkResponse({ type: VersionListView, description: 'Published versions, newest first' })
  async versions(@Param('id', ParseUUIDPipe) id: string) {
    return { items: (await this.courses.versions(id)).map(versionSummary) };
  }

  @Get(':id/versions/:version')
  @Roles('trainer', 'admin')
  @ApiOkResponse({ type: VersionDetailView, description: 'The frozen snapshot, answer keys included (authors only)' })
  async version(@Param('id', ParseUUIDPipe) id: string, @Param('version', ParseIntPipe) version: number) {
    const v = await this.courses.version(id, version);
    return { ...versionSummary(v), snapshot: v.snapshot };
  }

  @Post(':id/archive')
  @Roles('trainer', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AuthorCourseView, description: 'No new assignments; running enrollments continue' })
  async archive(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return authorCourseView(await this.courses.setArchived(actor, id, true));
  }

  @Post(':id/unarchive')
  @Roles('trainer', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AuthorCourseView })
  async unarchive(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return authorCourseView(await this.courses.setArchived(actor, id, false));
  }
}
