import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsBooleanOrNumber } from '../../../common/dto/is-boolean-or-number';
import { MAX_TEXT_ANSWER } from '../answer-mapping';

export class MatchingPairAnswerDto {
  @ApiProperty() @IsString() @MaxLength(40) leftId: string;
  @ApiProperty() @IsString() @MaxLength(40) rightId: string;
}

/** One answer; which fields apply depends on the question's type. */
export class AnswerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  questionId: string;

  @ApiPropertyOptional({ type: [String], description: 'single_choice, multiple_choice, scenario' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  optionIds?: string[];

  @ApiPropertyOptional({ description: 'true_false: boolean; numeric: number', oneOf: [{ type: 'boolean' }, { type: 'number' }] })
  @IsOptional()
  @IsBooleanOrNumber()
  value?: boolean | number;

  @ApiPropertyOptional({ description: 'short_answer, essay' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_ANSWER)
  text?: string;

  @ApiPropertyOptional({ type: [MatchingPairAnswerDto], description: 'matching' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MatchingPairAnswerDto)
  pairs?: MatchingPairAnswerDto[];

  @ApiPropertyOptional({ type: [String], description: 'ordering: item ids in order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  order?: string[];
}

export class SaveAnswersDto {
  @ApiProperty({ type: [AnswerDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers: AnswerDto[];
}

export class SubmitAttemptDto {
  @ApiPropertyOptional({ type: [AnswerDto], description: 'Last answers, saved before submitting (ignored after the deadline)' })
  // Absent, not null: IsOptional let `answers: null` through to the service, a 500.
  @ValidateIf((_, value) => value !== undefined)
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers?: AnswerDto[];
}
