import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { Actor } from '../access/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
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
  @Idempotent()
  @ApiCreatedResponse({ type: AssignmentCreatedView, description: '{id, enrollmentsCreated, courseVersion, target, …}; people already enrolled in the course get nothing new' })
  @ApiNotFoundResponse({ description: 'The course, or a unit, institution or user outside your institution' })
  @ApiForbiddenResponse({ description: 'Officers and trainers' })
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
