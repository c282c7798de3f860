import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsDecimalNumber } from '../../../common/dto/is-decimal-number';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LocalizedTextField, LongText, MediumText, ShortText } from '../../../common/dto/localized-text.dto';
import { PageQuery } from '../../../common/http/pagination';
import { INSTITUTION_TYPES, InstitutionType } from '../../institutions/institution.entity';
import { TAG_PATTERN } from '../../questions/tags';
import { MODULE_KINDS, ModuleKind, REVIEW_POLICIES, REVIEW_TIMINGS, ReviewPolicy, ReviewTiming } from '../course-module.entity';

export class CreateCourseDto {
  @ApiProperty({ type: () => ShortText, example: { pl: 'Kompetencje międzykulturowe w pracy służb publicznych', en: 'Intercultural competence in public services' } })
  @IsDefined()
  @ValidateNested()
  @Type(() => ShortText)
  title: ShortText;

  @ApiPropertyOptional({ type: () => MediumText, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @ValidateNested()
  @Type(() => MediumText)
  description?: MediumText | null;

  @ApiProperty({ enum: INSTITUTION_TYPES, isArray: true, description: 'Institution types the course is meant for' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(INSTITUTION_TYPES, { each: true })
  audience: InstitutionType[];

  @ApiPropertyOptional({ minimum: 1, maximum: 240, nullable: true, type: Number, description: 'null: the certificate never expires' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(240)
  certificateValidityMonths?: number | null;
}

export class UpdateCourseDto extends PartialType(CreateCourseDto) {}

export class CourseListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['draft', 'published', 'archived'] })
  @IsOptional()
  @IsIn(['draft', 'published', 'archived'])
  status?: 'draft' | 'published' | 'archived';

  @ApiPropertyOptional({ enum: ['me'], description: "Authors: only the courses they created (a trainer's own list)" })
  @IsOptional()
  @IsIn(['me'])
  owner?: 'me';
}

export class MediaLinkDto {
  @ApiProperty({ example: 'https://www.gov.pl/web/udsc' })
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  url: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string;
}

export class QuestionDrawDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  bankId: string;

  @ApiPropertyOptional({ example: 'komunikacja', description: 'Only questions with this competency tag' })
  @IsOptional()
  @Matches(TAG_PATTERN)
  tag?: string;

  @ApiProperty({ minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  count: number;
}

export class QuizSettingsDto {
  @ApiProperty({ minimum: 0, maximum: 100, example: 70 })
  @IsDecimalNumber(2)
  @Min(0)
  @Max(100)
  passMarkPercent: number;

  @ApiProperty({ minimum: 1, maximum: 100, nullable: true, type: Number, description: 'null: unlimited' })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(100)
  maxAttempts: number | null;

  @ApiPropertyOptional({ minimum: 60, maximum: 86400, nullable: true, type: Number, description: 'Absent or null: no time limit' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(60)
  @Max(86400)
  timeLimitSeconds?: number | null;

  @ApiProperty()
  @IsBoolean()
  shuffleQuestions: boolean;

  @ApiProperty()
  @IsBoolean()
  shuffleOptions: boolean;

  @ApiProperty({ enum: REVIEW_POLICIES, description: 'What a trainee sees after submitting' })
  @IsIn(REVIEW_POLICIES)
  reviewPolicy: ReviewPolicy;

  @ApiPropertyOptional({
    enum: REVIEW_TIMINGS,
    description:
      'When the review (answers, and correct answers under correct_answers) becomes visible: each_attempt — right after each attempt; ' +
      'last_attempt_or_pass — once no attempt is left or one passed (the default); due_date — once the enrollment\'s due date has passed',
  })
  @IsOptional()
  @IsIn(REVIEW_TIMINGS)
  reviewAfter?: ReviewTiming;

  @ApiPropertyOptional({ type: [String], description: 'Fixed questions, in order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  questionIds?: string[];

  @ApiPropertyOptional({ type: [QuestionDrawDto], description: 'Random questions drawn per attempt' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuestionDrawDto)
  draws?: QuestionDrawDto[];
}

export class UpdateQuizSettingsDto extends PartialType(QuizSettingsDto) {}

export class CreateModuleDto {
  @ApiProperty({ enum: MODULE_KINDS })
  @IsIn(MODULE_KINDS)
  kind: ModuleKind;

  @LocalizedTextField(ShortText)
  title: ShortText;

  @LocalizedTextField(LongText, { optional: true, description: 'Markdown; the lesson text, or a quiz introduction' })
  body?: LongText;

  @ApiPropertyOptional({ type: [MediaLinkDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MediaLinkDto)
  media?: MediaLinkDto[];

  @ApiPropertyOptional({ minimum: 0, maximum: 86400, description: 'Minimum study time of a lesson, in seconds' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86400)
  minStudySeconds?: number;

  @ApiPropertyOptional({ type: () => QuizSettingsDto, description: 'Required for a quiz, refused for a lesson' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuizSettingsDto)
  quiz?: QuizSettingsDto;

  @ApiPropertyOptional({ minimum: 1, description: 'Where to insert it (at the end when absent); on update, where to move it — the others shift' })
  @IsOptional()
  @IsInt()
  @Min(1)
  position?: number;
}

/** Title, body, media, study time and position as on creation, all optional; quiz settings change field by field. */
export class UpdateModuleDto extends PartialType(OmitType(CreateModuleDto, ['kind', 'quiz'] as const)) {
  @ApiPropertyOptional({ type: () => UpdateQuizSettingsDto, description: 'Changed quiz settings; the rest stay' })
  @IsOptional()
  @ValidateNested()
  @Type(() => UpdateQuizSettingsDto)
  quiz?: UpdateQuizSettingsDto;
}

export class PublishCourseDto {
  @ApiPropertyOptional({
    description:
      'false when absent. Move also enrollments under way (with an attempt or a completed module) to the new version. Their attempts stay on the version ' +
      'they were taken on; the progress of lessons the new version still has is kept, quizzes start again. Completed enrollments never move.',
  })
  @IsOptional()
  @IsBoolean()
  moveInProgress?: boolean;
}
