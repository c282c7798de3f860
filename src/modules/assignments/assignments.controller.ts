import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { Actor } from '../access/actor';
import { CurrentActor, RefuseOtherRoles, Roles } from '../auth/auth.decorators';
import { AssignmentsService } from './assignments.service';
import { AssignmentListQuery, CreateAssignmentDto } from './dto/assignment.dto';
import { AssignmentCreatedView, AssignmentPageView } from './dto/assignment.view';

@ApiTags('assignments')
@ApiBearerAuth()
@Controller('assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Post()
  @ApiOperation({ summary: 'Assign a course', description: 'Admins; institution admins within their own institution (403 for officers and trainers). Exactly one target: `userIds`, `unitId` or `institutionId` — a unit or institution also enrols those who join later. Pins the newest published version; people already enrolled in the course get nothing new. Send an `Idempotency-Key` to repeat safely (422 `idempotency-key-reused` with another body). 409 `course-not-published`; 422 `not-assignable` (archived course, deactivated people, listed in `people`), `audience-mismatch`; 404 for a course, unit, institution or user outside your scope.' })
  @ApiBody({ type: CreateAssignmentDto, examples: { unit: { summary: 'A whole unit', value: { courseId: '4f1c2b7e-8a3d-4e5f-9b6a-1c2d3e4f5a6b', unitId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', dueAt: '2026-12-31T23:59:00+01:00' } }, people: { summary: 'Named people', value: { courseId: '4f1c2b7e-8a3d-4e5f-9b6a-1c2d3e4f5a6b', userIds: ['2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091'], dueAt: '2026-12-31T23:59:00+01:00' } } } })
  @Roles('admin', 'institution_admin')
  @RefuseOtherRoles('assign-by-coordinators', 'Courses are assigned by coordinators (institution admins) and admins; trainers author them')
  @Idempotent()
  @ApiCreatedResponse({ type: AssignmentCreatedView, description: '{id, enrollmentsCreated, courseVersion, target, …}; people already enrolled in the course get nothing new' })
  @ApiNotFoundResponse({ description: 'The course, or a unit, institution or user (by id) outside your institution' })
  @ApiUnprocessableEntityResponse({ description: '`unknown-target-code`: a unitCode or institutionCode that names nothing you reach; `not-assignable`, `audience-mismatch`' })
  @ApiForbiddenResponse({ description: 'Officers and trainers: `assign-by-coordinators` (coordinators assign, trainers author)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAssignmentDto) {
    return this.assignments.create(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List assignments', description: 'Admins: all; institution admins: their institution\'s; trainers: those of courses they author. Paginated.' })
  @Roles('admin', 'institution_admin', 'trainer')
  @ApiOkResponse({ type: AssignmentPageView, description: 'Admins: all; institution admins: their institution\'s; trainers: those of courses they author' })
  list(@CurrentActor() actor: Actor, @Query() query: AssignmentListQuery) {
    return this.assignments.list(actor, query);
  }
}
