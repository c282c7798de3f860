import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MediumText, ShortText } from '../../../common/dto/localized-text.dto';
import { INSTITUTION_TYPES, type InstitutionType } from '../../institutions/institution.entity';

/**
 * One course of GET /courses, as OpenAPI documents it: the fields both views have
 * (authorCourseView for authors, publishedCourseView for everyone else), and each
 * view's own fields as optional.
 */
export class CourseListItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['draft', 'published', 'archived'] }) status: 'draft' | 'published' | 'archived';
  @ApiProperty({ type: () => ShortText }) title: ShortText;
  @ApiPropertyOptional({ type: () => MediumText, nullable: true }) description?: MediumText | null;
  @ApiProperty({ enum: INSTITUTION_TYPES, isArray: true }) audience: InstitutionType[];
  @ApiProperty({ nullable: true, type: Number, description: 'null: the certificate never expires' }) certificateValidityMonths: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt: Date | null;
  @ApiPropertyOptional({ description: 'Non-authors: the published version shown' }) version?: number;
  @ApiPropertyOptional({ description: 'Authors: the latest published version (0: never published)' }) currentVersion?: number;
}

export class CoursePageView {
  @ApiProperty({ type: [CourseListItemView] }) items: CourseListItemView[];
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() total: number;
}
