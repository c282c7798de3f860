import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDecimalNumber } from '../../../common/dto/is-decimal-number';
import { IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/http/pagination';

export class ManualGradeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  questionId: string;

  @ApiProperty({ minimum: 0, description: 'Between 0 and the question\'s points' })
  @IsDecimalNumber(4)
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
