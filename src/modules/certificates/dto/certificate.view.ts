import { Certificate, currentStatus } from '../certificate.entity';

/** A certificate for its holder, their coordinator, the course's author and admins. */
export function certificateView(c: Certificate, verifyUrl: string) {
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
