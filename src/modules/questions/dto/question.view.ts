import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QUESTION_TYPES, QuestionType, TEXT_FORMATS, TextFormat } from '../question-definition';
import { LocalizedTextView } from '../../../common/dto/text-views';

export class ChoiceOptionView {
  @ApiProperty({ type: LocalizedTextView }) text: LocalizedTextView;
  @ApiProperty({ minimum: -1, maximum: 1, description: 'Fraction of the points this option earns' }) weight: number;
  @ApiPropertyOptional({ type: LocalizedTextView }) feedback?: LocalizedTextView;
}

export class ShortAnswerView {
  @ApiProperty() text: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) weight: number;
  @ApiPropertyOptional({ type: LocalizedTextView }) feedback?: LocalizedTextView;
}

export class NumericAnswerView {
  @ApiProperty() value: number;
  @ApiProperty({ minimum: 0 }) tolerance: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) weight: number;
  @ApiPropertyOptional({ type: LocalizedTextView }) feedback?: LocalizedTextView;
}

export class MatchingPairView {
  @ApiProperty({ type: LocalizedTextView }) left: LocalizedTextView;
  @ApiProperty({ type: LocalizedTextView }) right: LocalizedTextView;
}

/**
 * A question for its authors: the whole definition with its answer key, and the row's
 * id and version. Which of the type-specific fields are present depends on `type`
 * (see the request bodies of POST /question-banks/:id/questions).
 */
export class QuestionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) bankId: string;
  @ApiProperty({ description: 'Counts edits' }) version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ enum: QUESTION_TYPES }) type: QuestionType;
  @ApiPropertyOptional() name?: string;
  @ApiProperty({ type: LocalizedTextView }) prompt: LocalizedTextView;
  @ApiPropertyOptional({ enum: TEXT_FORMATS }) format?: TextFormat;
  @ApiProperty() points: number;
  @ApiPropertyOptional({ type: [String] }) tags?: string[];
  @ApiPropertyOptional({ type: LocalizedTextView }) feedback?: LocalizedTextView;
  @ApiPropertyOptional({ type: [ChoiceOptionView], description: 'single_choice, multiple_choice, scenario' }) options?: ChoiceOptionView[];
  @ApiPropertyOptional({ type: LocalizedTextView, description: 'scenario' }) situation?: LocalizedTextView;
  @ApiPropertyOptional({ description: 'true_false' }) correct?: boolean;
  @ApiPropertyOptional({ type: LocalizedTextView, description: 'true_false' }) feedbackTrue?: LocalizedTextView;
  @ApiPropertyOptional({ type: LocalizedTextView, description: 'true_false' }) feedbackFalse?: LocalizedTextView;
  @ApiPropertyOptional({
    type: 'array',
    description: 'short_answer: ShortAnswerView; numeric: NumericAnswerView',
    items: { oneOf: [{ $ref: '#/components/schemas/ShortAnswerView' }, { $ref: '#/components/schemas/NumericAnswerView' }] },
  })
  answers?: (ShortAnswerView | NumericAnswerView)[];
  @ApiPropertyOptional({ description: 'short_answer' }) caseSensitive?: boolean;
  @ApiPropertyOptional({ type: [MatchingPairView], description: 'matching' }) pairs?: MatchingPairView[];
  @ApiPropertyOptional({ type: [LocalizedTextView], description: 'matching: right-hand choices that match nothing' }) distractors?: LocalizedTextView[];
  @ApiPropertyOptional({ type: [LocalizedTextView], description: 'ordering, in the correct order' }) items?: LocalizedTextView[];
  @ApiPropertyOptional({ type: LocalizedTextView, description: 'essay: guidance for the grader' }) graderInfo?: LocalizedTextView;
  @ApiPropertyOptional({ type: LocalizedTextView, description: 'essay' }) responseTemplate?: LocalizedTextView;
}

export class QuestionPageView {
  @ApiProperty({ type: [QuestionView] }) items: QuestionView[];
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() total: number;
}
