import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { RosterImportService } from './roster-import.service';
import { RosterImportController, UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [AuthModule, InstitutionsModule, EnrollmentsModule],
  controllers: [UsersController, RosterImportController],
  providers: [UsersService, RosterImportService],
})
export class UsersModule {}
