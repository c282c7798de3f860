import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsISO8601, IsOptional, IsUUID, Matches, ValidateBy, ValidationOptions } from 'class-validator';
import { CODE_PATTERN } from '../../institutions/dto/institution.dto';
import { PageQuery } from '../../../common/http/pagination';
import { ASSIGNMENT_TARGETS, AssignmentTarget } from '../assignment.entity';

export const ASSIGNMENT_MAX_USERS = 1000;

/** A date-time with its offset (`2026-09-30T23:59:00+02:00`, `…Z`): a bare date would leave the time zone to guess. */
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

const IsInTheFuture = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isInTheFuture',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && Date.parse(value) > Date.now(),
        defaultMessage: () => 'dueAt must be in the future',
      },
    },
    options,
  );

export class CreateAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  courseId: string;

  @ApiProperty({ format: 'date-time', example: '2026-09-30T23:59:00+02:00', description: 'In the future, with a time-zone offset' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE_TIME_WITH_OFFSET, { message: 'dueAt must be a date-time with a time-zone offset, e.g. 2026-09-30T23:59:00+02:00' })
  @IsInTheFuture()
  dueAt: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: ASSIGNMENT_MAX_USERS, description: 'Exactly one target: userIds, unitId, unitCode, institutionId or institutionCode' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ASSIGNMENT_MAX_USERS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  userIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'A unit: its officers now, and those who join it later' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({
    example: 'KMP-U1',
    description: "A unit by its code (letter case aside), in the caller's institution; an admin adds institutionCode to say whose",
  })
  @IsOptional()
  @Matches(CODE_PATTERN, { message: 'unitCode must be 1–40 letters, digits, _ or -' })
  unitCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A whole institution: its officers now, and those who join it later' })
  @IsOptional()
  @IsUUID()
  institutionId?: string;

  @ApiPropertyOptional({ example: 'KMP', description: 'A whole institution by its code (letter case aside); beside unitCode, the unit\'s institution' })
  @IsOptional()
  @Matches(CODE_PATTERN, { message: 'institutionCode must be 1–40 letters, digits, _ or -' })
  institutionCode?: string;
}

export class AssignmentListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ enum: ASSIGNMENT_TARGETS })
  @IsOptional()
  @IsIn(ASSIGNMENT_TARGETS)
  target?: AssignmentTarget;
}
