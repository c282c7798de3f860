import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageQuery } from '../../../common/http/pagination';
import type { OverdueSort } from '../report-queries';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CourseUnitFilterQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The officer's unit" })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class CompletionQuery extends CourseUnitFilterQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'Due on or after' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  dueFrom?: Date;

  @ApiPropertyOptional({ format: 'date-time', description: 'Due before' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  dueTo?: Date;

  @ApiPropertyOptional({ format: 'date-time', description: 'Enrolled (assigned) on or after' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  assignedFrom?: Date;

  @ApiPropertyOptional({ format: 'date-time', description: 'Enrolled (assigned) before' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  assignedTo?: Date;
}

export class OverdueQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: ['daysLate', '-daysLate'], default: '-daysLate', description: '`-daysLate`: the latest first' })
  @IsOptional()
  @IsIn(['daysLate', '-daysLate'])
  sort: OverdueSort = '-daysLate';
}

export class CertificateReportQuery extends PageQuery {
  @ApiPropertyOptional({ minimum: 0, maximum: 3650, default: 60, description: 'Valid certificates that expire within this many days' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  expiringWithinDays: number = 60;

  @ApiPropertyOptional({ default: false, description: 'Also the certificates that have already expired' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeExpired: boolean = false;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;
}
