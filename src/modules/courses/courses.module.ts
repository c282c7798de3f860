import { Module } from '@nestjs/common';
import { CourseModulesService } from './course-modules.service';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';
import { CourseVersionsService } from './course-versions.service';
import { PublishService } from './publish.service';

@Module({
  controllers: [CoursesController],
  providers: [CoursesService, CourseModulesService, PublishService, CourseVersionsService],
  exports: [CoursesService, PublishService, CourseVersionsService],
})
export class CoursesModule {}
