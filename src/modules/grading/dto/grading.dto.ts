import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/http/pagination';

export class ManualGradeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  questionId: string;

  @ApiProperty({ minimum: 0, description: 'Between 0 and the question\'s points' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1000)
  points: number;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;
}

export class GradingQueueQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;
}

export class ErratumDto {
  @ApiProperty({ format: 'uuid', description: 'A question of the version' })
  @IsUUID()
  questionId: string;

  @ApiProperty({ description: 'The corrected question, whole, of the same type', type: 'object', additionalProperties: true })
  @IsObject()
  question: Record<string, unknown>;

  @ApiProperty({ example: 'Odpowiedź B jest również poprawna (zmiana przepisów od 1.06.2026).' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}


export class ErratumCreatedView {
  @ApiProperty({ format: 'uuid' }) erratumId: string;
  @ApiProperty({ description: 'Attempts on the version that hold the question: the worker regrades them' }) attemptsToRegrade: number;
}

/** An erratum of a version and how far its regrade has come. */
export class ErratumView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() attemptsToRegrade: number;
  @ApiProperty({ description: 'How many of them the worker has regraded; equal to attemptsToRegrade when done' }) attemptsRegraded: number;
}

export class ErratumListView {
  @ApiProperty({ type: [ErratumView] }) items: ErratumView[];
}
