import { ApiProperty } from '@nestjs/swagger';
import { ShortText } from '../../../common/dto/localized-text.dto';
import type { LocalizedText } from '../../questions/question-definition';
import { Certificate, CERTIFICATE_STATUSES, CertificateStatus, currentStatus } from '../certificate.entity';

/** The response shape, for OpenAPI; certificateView builds it and is typed by it. */
export class CertificateView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'MOS-2026-000123' }) number: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty() courseVersion: number;
  @ApiProperty({ format: 'uuid' }) enrollmentId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) institutionId: string | null;
  @ApiProperty() holderName: string;
  @ApiProperty({ type: () => ShortText }) courseTitle: LocalizedText;
  @ApiProperty({ type: [String] }) competencies: string[];
  @ApiProperty() issuedAt: Date;
  @ApiProperty({ nullable: true, type: Date, description: 'null: never expires' }) expiresAt: Date | null;
  @ApiProperty({ enum: CERTIFICATE_STATUSES, description: '`expired` also once past expiresAt, before the daily run records it' }) status: CertificateStatus;
  @ApiProperty({ nullable: true, type: Date }) revokedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) revokedReason: string | null;
  @ApiProperty() verificationCode: string;
  @ApiProperty({ description: 'The public verification page (what the QR code holds)' }) verifyUrl: string;
  @ApiProperty({ description: 'false while the worker is still rendering the PDF' }) pdfReady: boolean;
}

export class CertificatePageView {
  @ApiProperty({ type: [CertificateView] }) items: CertificateView[];
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() total: number;
}

/** A certificate for its holder, their coordinator, the course's author and admins. */
export function certificateView(c: Certificate, verifyUrl: string): CertificateView {
  return {
    id: c.id,
    number: c.number,
    userId: c.userId,
    courseId: c.courseId,
    courseVersion: c.courseVersion,
    enrollmentId: c.enrollmentId,
    institutionId: c.institutionId,
    holderName: c.holderName,
    courseTitle: c.courseTitle,
    competencies: c.competencies,
    issuedAt: c.issuedAt,
    expiresAt: c.expiresAt,
    status: currentStatus(c),
    revokedAt: c.revokedAt,
    revokedReason: c.revokedReason,
    verificationCode: c.verificationCode,
    verifyUrl,
    pdfReady: c.pdfKey !== null,
  };
}

/** What anyone holding the code may see: name, course, dates, number and status — nothing else. */
export function publicVerification(c: Certificate) {
  return {
    number: c.number,
    holderName: c.holderName,
    courseTitle: c.courseTitle.pl,
    courseTitleEn: c.courseTitle.en ?? null,
    issuedAt: c.issuedAt,
    expiresAt: c.expiresAt,
    status: currentStatus(c),
    revokedAt: c.revokedAt,
  };
}
