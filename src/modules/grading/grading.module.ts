import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { CoursesModule } from '../courses/courses.module';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import { AttemptGrader } from './attempt-grader.service';
import { GradeAttemptHandler } from './grade-attempt.handler';
import { GradingController } from './grading.controller';
import { GradingService } from './grading.service';
import { RegradeAttemptHandler } from './regrade-attempt.handler';

@Module({
  imports: [AttemptsModule, CoursesModule, EnrollmentsModule],
  controllers: [GradingController],
  providers: [
    AttemptGrader,
    GradingService,
    GradeAttemptHandler,
    RegradeAttemptHandler,
  ],
})
export class GradingModule {}
