import { ApiProperty } from '@nestjs/swagger';
import { ShortText } from '../../../common/dto/localized-text.dto';

/** The transcript's response shape for the OpenAPI document (TranscriptService builds it). */
export class TranscriptAttemptView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) moduleId: string;
  @ApiProperty() number: number;
  @ApiProperty() status: string;
  @ApiProperty() graded: boolean;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxScore: number | null;
  @ApiProperty({ nullable: true, type: Number }) percent: number | null;
  @ApiProperty({ nullable: true, type: Boolean }) passed: boolean | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) gradedAt: Date | null;
}

export class TranscriptCertificateView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: string;
  @ApiProperty({ format: 'uuid' }) enrollmentId: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ type: () => ShortText }) courseTitle: ShortText;
  @ApiProperty({ enum: ['valid', 'expired', 'revoked'] }) status: 'valid' | 'expired' | 'revoked';
  @ApiProperty({ format: 'date-time' }) issuedAt: Date;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) expiresAt: Date | null;
}

export class TranscriptEnrollmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ type: () => ShortText }) courseTitle: ShortText;
  @ApiProperty() courseVersion: number;
  @ApiProperty({ enum: ['assigned', 'in_progress', 'completed', 'overdue', 'expired'] }) status: string;
  @ApiProperty({ format: 'date-time' }) dueAt: Date;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) startedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) completedAt: Date | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Best graded quiz percent' }) bestScore: number | null;
  @ApiProperty({ type: [TranscriptAttemptView] }) attempts: TranscriptAttemptView[];
  @ApiProperty({ nullable: true, type: () => TranscriptCertificateView }) certificate: TranscriptCertificateView | null;
}

export class TranscriptUserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fullName: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) institutionId: string | null;
  @ApiProperty({ nullable: true, type: String }) institutionName: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ nullable: true, type: String }) unitName: string | null;
}

export class TranscriptView {
  @ApiProperty({ type: () => TranscriptUserView }) user: TranscriptUserView;
  @ApiProperty({ format: 'date-time' }) generatedAt: Date;
  @ApiProperty({ type: [TranscriptEnrollmentView] }) enrollments: TranscriptEnrollmentView[];
  @ApiProperty({ type: [TranscriptCertificateView] }) certificates: TranscriptCertificateView[];
}
