import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../common/http/pagination';
import { ENROLLMENT_STATUSES, EnrollmentStatus } from '../enrollment.entity';

/** What clients see: the stored states, with `overdue` derived from the due date when read. */
export const REPORTED_STATUSES = [...ENROLLMENT_STATUSES, 'overdue'] as const;
export type ReportedStatus = EnrollmentStatus | 'overdue';

export class EnrollmentListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REPORTED_STATUSES, description: '`overdue`: assigned or in progress, and past the due date' })
  @IsOptional()
  @IsIn(REPORTED_STATUSES)
  status?: ReportedStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The officers now in this unit' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
