import { ApiProperty } from '@nestjs/swagger';
import { ShortText } from '../../../common/dto/localized-text.dto';

/**
 * The reports' response shapes, for the OpenAPI document (the web app's types are
 * generated from it). The rows themselves come straight from report-queries.ts.
 */
class CompletionCounts {
  @ApiProperty({ description: 'completed + inProgress + notStarted + overdue + expired' }) assigned: number;
  @ApiProperty() completed: number;
  @ApiProperty() inProgress: number;
  @ApiProperty() notStarted: number;
  @ApiProperty() overdue: number;
  @ApiProperty() expired: number;
  @ApiProperty({ nullable: true, type: Number, description: 'completed / assigned, 0..1' }) completionRate: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Average best quiz score in percent, over enrollments with a graded attempt' })
  averageBestScore: number | null;
}

export class CompletionByCourseRow extends CompletionCounts {
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ type: () => ShortText }) courseTitle: ShortText;
}

export class CompletionByUnitRow extends CompletionCounts {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null: officers in no unit' }) unitId: string | null;
  @ApiProperty({ nullable: true, type: String }) unitName: string | null;
}

export class CompletionReportView {
  @ApiProperty({ format: 'uuid' }) institutionId: string;
  @ApiProperty({ type: [CompletionByCourseRow], description: 'Lowest completion rate first' }) byCourse: CompletionByCourseRow[];
  @ApiProperty({ type: [CompletionByUnitRow], description: 'Lowest completion rate first' }) byUnit: CompletionByUnitRow[];
}

class ReportPage {
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() total: number;
}

export class OverdueRow {
  @ApiProperty({ format: 'uuid' }) enrollmentId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ nullable: true, type: String }) unitName: string | null;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ type: () => ShortText }) courseTitle: ShortText;
  @ApiProperty({ enum: ['assigned', 'in_progress'] }) status: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ description: 'Whole days past the due date' }) daysLate: number;
}

export class OverdueReportView extends ReportPage {
  @ApiProperty({ type: [OverdueRow] }) items: OverdueRow[];
}

export class CertificateReportRow {
  @ApiProperty({ format: 'uuid' }) certificateId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ nullable: true, type: String }) unitName: string | null;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ type: () => ShortText }) courseTitle: ShortText;
  @ApiProperty({ example: 'MOS-2026-000123' }) number: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ enum: ['valid', 'expired'] }) status: 'valid' | 'expired';
  @ApiProperty({ description: 'Whole days until the expiry (negative once expired)' }) daysLeft: number;
}

export class CertificateReportView extends ReportPage {
  @ApiProperty({ type: [CertificateReportRow] }) items: CertificateReportRow[];
}

export class CompetencyRow {
  @ApiProperty({ example: 'komunikacja' }) tag: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ nullable: true, type: String }) unitName: string | null;
  @ApiProperty() questionsAnswered: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Points earned / max points, 0..1' }) averageScoreShare: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Share answered with at least half the points, 0..1' }) passShare: number | null;
}

export class CompetencyReportView {
  @ApiProperty({ format: 'uuid' }) institutionId: string;
  @ApiProperty({ type: [CompetencyRow], description: 'Weakest first' }) items: CompetencyRow[];
}
