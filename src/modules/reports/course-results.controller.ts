import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { CourseResultsService } from './course-results.service';
import { AuthoredCoursesResultsView, CourseResultsView } from './views/course-results.view';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/courses')
@Roles('trainer', 'admin')
export class CourseResultsController {
  constructor(private readonly results: CourseResultsService) {}

  @Get()
  @ApiOperation({ summary: 'My courses\' results', description: 'Trainers: the courses they author (admins: all), each with its attempt count and how many wait for review.' })
  @ApiOkResponse({ type: AuthoredCoursesResultsView, description: 'The courses the trainer authors (admins: all), with attempt counts' })
  authored(@CurrentActor() actor: Actor): Promise<AuthoredCoursesResultsView> {
    return this.results.authoredCourses(actor);
  }

  @Get(':id/results')
  @ApiOperation({ summary: 'Results of one course', description: 'The course\'s author, or an admin: attempts, the score distribution in ten buckets, the ten hardest questions; figures only, no names. 404 `course-not-found` for another trainer\'s course.' })
  @ApiOkResponse({ type: CourseResultsView, description: 'Attempts, score distribution and hardest questions of one course; figures only' })
  @ApiNotFoundResponse({ description: 'No such course, or another trainer\'s' })
  course(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<CourseResultsView> {
    return this.results.courseResults(actor, id);
  }
}
