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
  ApiBody,
  ApiOperation,
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
  @ApiOperation({ summary: 'Create a course (draft)', description: 'Trainers and admins; the creator is its author. `audience` lists the institution types it is meant for.' })
  @ApiBody({ type: CreateCourseDto, examples: { course: { value: { title: { pl: 'Kompetencje międzykulturowe w pracy służb publicznych', en: 'Intercultural competence in public services' }, audience: ['police', 'municipal_guard'], certificateValidityMonths: 24 } } } })
  @Roles('trainer', 'admin')
  @ApiCreatedResponse({ type: AuthorCourseView, description: 'The new draft (status "draft")' })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateCourseDto) {
    return authorCourseView(await this.courses.create(actor, dto), []);
  }

  @Get()
  @ApiOperation({ summary: 'List courses', description: 'Authors (trainers, admins): every course and its draft state, `owner=me` for their own; officers and institution admins: the published courses meant for their institution type. Paginated.' })
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
  @ApiOperation({ summary: 'Get a course', description: 'Authors: the draft with its modules; others: the published version meant for them, never a quiz\'s questions or keys. 404 `course-not-found` for a course not meant for the caller.' })
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
  @ApiOperation({ summary: 'Change a course\'s draft', description: 'The course\'s author, or an admin (403 `not-author`). Changes the draft only; published versions never change. 404 `course-not-found`; 409 `course-archived`.' })
  @ApiBody({ type: UpdateCourseDto, examples: { audience: { value: { audience: ['police', 'municipal_guard', 'border_guard'] } } } })
  @Roles('trainer', 'admin')
  @ApiOkResponse({ type: AuthorCourseView })
  @ApiForbiddenResponse({ description: "Another trainer's course" })
  async update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCourseDto) {
    return authorCourseView(await this.courses.update(actor, id, dto));
  }

  @Post(':id/modules')
  @ApiOperation({ summary: 'Add a lesson or quiz to the draft', description: 'The course\'s author, or an admin (403 `not-author`). A quiz needs `quiz` settings and its questions or draws; 422 `unknown-reference` for a question or bank that does not exist. 404 `course-not-found`; 409 `course-archived`.' })
  @ApiBody({ type: CreateModuleDto, examples: { lesson: { value: { kind: 'lesson', title: { pl: 'Powitanie i pierwsze zdanie' }, body: { pl: '## Pierwsze zdanie\\nMów spokojnie…' }, minStudySeconds: 120 } }, quiz: { value: { kind: 'quiz', title: { pl: 'Sprawdzian' }, quiz: { passMarkPercent: 70, maxAttempts: 3, shuffleQuestions: true, shuffleOptions: true, reviewPolicy: 'score', draws: [{ bankId: '4f1c2b7e-8a3d-4e5f-9b6a-1c2d3e4f5a6b', count: 5 }] } } } } })
  @Roles('trainer', 'admin')
  @ApiCreatedResponse({ type: CourseModuleView })
  async addModule(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateModuleDto) {
    return moduleView(await this.modules.create(actor, id, dto));
  }

  @Patch(':id/modules/:moduleId')
  @ApiOperation({ summary: 'Change a module of the draft', description: 'The course\'s author, or an admin. A new `position` moves it and shifts the others. 404 `course-not-found` / `module-not-found`; 409 `course-archived`; 422 `unknown-reference`.' })
  @ApiBody({ type: UpdateModuleDto, examples: { move: { summary: 'Move it to the front', value: { position: 0 } }, study: { summary: 'Longer minimum study time', value: { minStudySeconds: 300 } } } })
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
  @ApiOperation({ summary: 'Remove a module from the draft', description: 'The course\'s author, or an admin. Published versions keep it. 404 `course-not-found` / `module-not-found`; 409 `course-archived`.' })
  @Roles('trainer', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async removeModule(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('moduleId', ParseUUIDPipe) moduleId: string) {
    await this.modules.remove(actor, id, moduleId);
  }

  @Post(':id/publish')
  @ApiOperation({ summary: 'Publish the draft as a new version', description: 'The course\'s author, or an admin. Freezes the draft (lessons, quizzes, questions) as an immutable version that new assignments use. Enrollments with no attempt and no completion move to it; with `moveInProgress: true` those under way move too (their attempts stay on their version); completed ones never. 422 `course-not-publishable` with what is missing per field in `errors`; 409 `course-archived`; 404 `course-not-found`.' })
  @Roles('trainer', 'admin')
  @ApiBody({ type: PublishCourseDto, required: false, examples: { 'new assignments only': { value: {} }, 'move enrollments under way too': { value: { moveInProgress: true } } } })
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
  @ApiOperation({ summary: 'List a course\'s published versions', description: 'Trainers and admins, newest first. 404 `course-not-found`.' })
  @Roles('trainer', 'admin')
  @ApiOkResponse({ type: VersionListView, description: 'Published versions, newest first' })
  async versions(@Param('id', ParseUUIDPipe) id: string) {
    return { items: (await this.courses.versions(id)).map(versionSummary) };
  }

  @Get(':id/versions/:version')
  @ApiOperation({ summary: 'Get one published version', description: 'Trainers and admins: the frozen snapshot, answer keys included. 404 `course-not-found` / `course-version-not-found`.' })
  @Roles('trainer', 'admin')
  @ApiOkResponse({ type: VersionDetailView, description: 'The frozen snapshot, answer keys included (authors only)' })
  async version(@Param('id', ParseUUIDPipe) id: string, @Param('version', ParseIntPipe) version: number) {
    const v = await this.courses.version(id, version);
    return { ...versionSummary(v), snapshot: v.snapshot };
  }

  @Post(':id/archive')
  @ApiOperation({ summary: 'Archive a course', description: 'The course\'s author, or an admin. No new assignments (409 `not-assignable` for them); running enrollments continue. Audited.' })
  @Roles('trainer', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AuthorCourseView, description: 'No new assignments; running enrollments continue' })
  async archive(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return authorCourseView(await this.courses.setArchived(actor, id, true));
  }

  @Post(':id/unarchive')
  @ApiOperation({ summary: 'Unarchive a course', description: 'The course\'s author, or an admin. The course may be assigned and edited again. Audited.' })
  @Roles('trainer', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AuthorCourseView })
  async unarchive(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return authorCourseView(await this.courses.setArchived(actor, id, false));
  }
}
