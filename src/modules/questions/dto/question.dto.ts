import { applyDecorators } from '@nestjs/common';
import { IsDecimalNumber } from '../../../common/dto/is-decimal-number';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LocalizedTextField, MediumText, ShortText } from '../../../common/dto/localized-text.dto';
import { QUESTION_TYPES, QuestionType, TEXT_FORMATS, TextFormat } from '../question-definition';
import { TAG_MAX_LENGTH, TAG_PATTERN } from '../tags';

/** A fraction of the points, Moodle's convention: -1..1 for options, 0..1 for accepted answers. */
const Weight = (min: -1 | 0 = -1) => applyDecorators(IsNumber({ allowNaN: false, allowInfinity: false }), Min(min), Max(1));

/** Fields every question type has. Each type's class adds its own and nothing else is accepted. */
export abstract class QuestionBaseDto {
  @ApiProperty({ enum: QUESTION_TYPES })
  @IsIn(QUESTION_TYPES)
  type: QuestionType;

  @ApiPropertyOptional({ maxLength: 255 })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  name?: string;

  @LocalizedTextField(MediumText)
  prompt: MediumText;

  @ApiPropertyOptional({ enum: TEXT_FORMATS, default: 'markdown' })
  @IsOptional()
  @IsIn(TEXT_FORMATS)
  format?: TextFormat;

  @ApiProperty({ minimum: 0.01, maximum: 1000, example: 1 })
  @IsDecimalNumber(4)
  @Min(0.01)
  @Max(1000)
  points: number;

  @ApiPropertyOptional({ type: [String], example: ['komunikacja'], description: 'Competency tags: lower-case slugs' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(TAG_MAX_LENGTH, { each: true })
  @Matches(TAG_PATTERN, { each: true, message: 'each tag must be a lower-case slug such as prawa-czlowieka' })
  tags?: string[];

  @LocalizedTextField(MediumText, { optional: true, description: 'General feedback, shown after submission if the review policy allows' })
  feedback?: MediumText;
}

export class ChoiceOptionDto {
  @LocalizedTextField(MediumText)
  text: MediumText;

  @ApiProperty({ minimum: -1, maximum: 1, description: 'Fraction of the points this option earns' })
  @Weight()
  weight: number;

  @LocalizedTextField(MediumText, { optional: true })
  feedback?: MediumText;
}

const Options = () =>
  applyDecorators(ApiProperty({ type: [ChoiceOptionDto] }), IsArray(), ArrayMinSize(2), ArrayMaxSize(30), ValidateNested({ each: true }), Type(() => ChoiceOptionDto));

export class SingleChoiceQuestionDto extends QuestionBaseDto {
  @Options()
  options: ChoiceOptionDto[];
}

export class MultipleChoiceQuestionDto extends QuestionBaseDto {
  @Options()
  options: ChoiceOptionDto[];
}

export class ScenarioQuestionDto extends QuestionBaseDto {
  @LocalizedTextField(MediumText, { description: 'The situation the responses answer' })
  situation: MediumText;

  @Options()
  options: ChoiceOptionDto[];
}

export class TrueFalseQuestionDto extends QuestionBaseDto {
  @ApiProperty()
  @IsBoolean()
  correct: boolean;

  @LocalizedTextField(MediumText, { optional: true, description: 'Shown to whoever answered "true"' })
  feedbackTrue?: MediumText;

  @LocalizedTextField(MediumText, { optional: true, description: 'Shown to whoever answered "false"' })
  feedbackFalse?: MediumText;
}

export class ShortAnswerDto {
  @ApiProperty({ description: 'An accepted answer; * matches any characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  text: string;

  @ApiProperty({ minimum: 0, maximum: 1, description: 'Fraction of the points this answer earns' })
  @Weight(0)
  weight: number;

  @LocalizedTextField(MediumText, { optional: true })
  feedback?: MediumText;
}

export class ShortAnswerQuestionDto extends QuestionBaseDto {
  @ApiProperty({ type: [ShortAnswerDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ShortAnswerDto)
  answers: ShortAnswerDto[];

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  caseSensitive?: boolean;
}

export class NumericAnswerDto {
  @ApiProperty()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;

  @ApiProperty({ minimum: 0 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  tolerance: number;

  @ApiProperty({ minimum: 0, maximum: 1, description: 'Fraction of the points this answer earns' })
  @Weight(0)
  weight: number;

  @LocalizedTextField(MediumText, { optional: true })
  feedback?: MediumText;
}

export class NumericQuestionDto extends QuestionBaseDto {
  @ApiProperty({ type: [NumericAnswerDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NumericAnswerDto)
  answers: NumericAnswerDto[];
}

export class MatchingPairDto {
  @LocalizedTextField(ShortText)
  left: ShortText;

  @LocalizedTextField(ShortText)
  right: ShortText;
}

export class MatchingQuestionDto extends QuestionBaseDto {
  @ApiProperty({ type: [MatchingPairDto] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => MatchingPairDto)
  pairs: MatchingPairDto[];

  @ApiPropertyOptional({ type: [ShortText], description: 'Extra right-hand choices that match nothing' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ShortText)
  distractors?: ShortText[];
}

export class OrderingQuestionDto extends QuestionBaseDto {
  @ApiProperty({ type: [ShortText], description: 'In the correct order' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ShortText)
  items: ShortText[];
}

export class EssayQuestionDto extends QuestionBaseDto {
  @LocalizedTextField(MediumText, { optional: true, description: 'Guidance for the grader; never shown to trainees' })
  graderInfo?: MediumText;

  @LocalizedTextField(MediumText, { optional: true })
  responseTemplate?: MediumText;
}

export const QUESTION_DTOS: Record<QuestionType, new () => QuestionBaseDto> = {
  single_choice: SingleChoiceQuestionDto,
  multiple_choice: MultipleChoiceQuestionDto,
  scenario: ScenarioQuestionDto,
  true_false: TrueFalseQuestionDto,
  short_answer: ShortAnswerQuestionDto,
  numeric: NumericQuestionDto,
  matching: MatchingQuestionDto,
  ordering: OrderingQuestionDto,
  essay: EssayQuestionDto,
};
