import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/http/pagination';
import { LANGUAGES, Language, QUESTION_TYPES, QuestionType } from '../question-definition';
import { TAG_PATTERN } from '../tags';

export class CreateQuestionBankDto {
  @ApiProperty({ example: 'Kompetencje międzykulturowe – bank pytań' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
}

export class QuestionBankView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) ownerId: string;
  @ApiProperty() questionCount: number;
  @ApiProperty() createdAt: Date;
}

export class QuestionBankPageView {
  @ApiProperty({ type: [QuestionBankView] }) items: QuestionBankView[];
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() total: number;
}

export class QuestionListQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'komunikacja' })
  @IsOptional()
  @Matches(TAG_PATTERN)
  tag?: string;

  @ApiPropertyOptional({ enum: QUESTION_TYPES })
  @IsOptional()
  @IsIn(QUESTION_TYPES)
  type?: QuestionType;
}

export const IMPORT_FORMATS = ['moodle-xml', 'gift'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export class ImportQuery {
  @ApiProperty({ enum: IMPORT_FORMATS })
  @IsIn(IMPORT_FORMATS)
  format: ImportFormat;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'pl', description: 'The language the file is written in' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang: Language = 'pl';
}

export class ExportQuery {
  @ApiProperty({ enum: ['moodle-xml'] })
  @IsIn(['moodle-xml'])
  format: 'moodle-xml';

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'pl' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang: Language = 'pl';
}

/** One question the import left out: where it is in the file and why. */
export class ImportSkippedView {
  @ApiPropertyOptional({ description: 'GIFT: the 1-based line the question starts on' }) line?: number;
  @ApiPropertyOptional({ description: 'Moodle XML: the 1-based index of the <question> element' }) index?: number;
  @ApiProperty() reason: string;
}

export class ImportResultView {
  @ApiProperty({ description: 'How many questions were added to the bank' }) imported: number;
  @ApiProperty({ type: [String], description: 'Ids of the new questions, in file order' }) questionIds: string[];
  @ApiProperty({
    description: 'What was not imported, where it is in the file (GIFT: line; Moodle XML: index of the <question> element) and why',
    type: [ImportSkippedView],
  })
  skipped: (({ line: number } | { index: number }) & { reason: string })[];
}
