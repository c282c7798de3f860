import { Module } from '@nestjs/common';
import { CourseModulesService } from './course-modules.service';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';
import { PublishService } from './publish.service';

@Module({
  controllers: [CoursesController],
  providers: [CoursesService, CourseModulesService, PublishService],
  exports: [CoursesService, PublishService],
})
export class CoursesModule {}
