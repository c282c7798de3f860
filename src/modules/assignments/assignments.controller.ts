import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
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
  @Roles('admin', 'institution_admin', 'trainer')
  @ApiOkResponse({ type: AssignmentPageView, description: 'Admins: all; institution admins: their institution\'s; trainers: those of courses they author' })
  list(@CurrentActor() actor: Actor, @Query() query: AssignmentListQuery) {
    return this.assignments.list(actor, query);
  }
}
