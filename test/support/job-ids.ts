import { jobIdOf } from '../../src/jobs/catalogue';

/** The catalogue's job ids, by the row they are for, for tests that look jobs up in Redis. */
export const gradeJobId = (attemptId: string) => jobIdOf('grade-attempt', { attemptId })!;
export const certificateJobId = (enrollmentId: string) => jobIdOf('issue-certificate', { enrollmentId })!;
export const renderJobId = (certificateId: string) => jobIdOf('render-pdf', { certificateId })!;
export const exportJobId = (exportId: string) => jobIdOf('export', { exportId })!;
