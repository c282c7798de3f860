import type { JobName, Jobs } from '../../jobs/queues';
import { gradeJobId } from '../attempts/attempts.service';
import { renderJobId } from '../certificates/certificates.service';
import { certificateJobId } from '../enrollments/progress.service';

/**
 * A kind of work that a row in PostgreSQL waits for and one job does, by a job id
 * derived from the row. `select` finds the rows whose work should have finished:
 * older than $1 seconds, ids after $2 in order, at most $3, locked FOR NO KEY UPDATE
 * SKIP LOCKED — so sweeps on two workers take different rows, a row its job is
 * processing (the handlers lock it FOR UPDATE) is skipped, and foreign-key checks
 * on the row are not held up.
 */
export interface StrandedWork<N extends JobName = JobName> {
  job: N;
  jobId: (id: string) => string;
  payload: (id: string) => Jobs[N]['payload'];
  /** The row, for the log. */
  describe: (id: string) => string;
  select: string;
}

/** Checks that the payload is the job's. */
const work = <N extends JobName>(spec: StrandedWork<N>): StrandedWork<N> => spec;

export const STRANDED_WORK: StrandedWork[] = [
  work({
    job: 'grade-attempt',
    jobId: gradeJobId,
    payload: (attemptId) => ({ attemptId }),
    describe: (id) => `attempt ${id} still submitted`,
    // A late submit sets submitted_at to the deadline, so such an attempt looks old at once: its outbox row or live job keeps it.
    select: `SELECT id FROM attempt
              WHERE status = 'submitted' AND submitted_at < now() - make_interval(secs => $1) AND id > $2
              ORDER BY id LIMIT $3 FOR NO KEY UPDATE SKIP LOCKED`,
  }),
  work({
    job: 'issue-certificate',
    jobId: certificateJobId,
    payload: (enrollmentId) => ({ enrollmentId }),
    describe: (id) => `enrollment ${id} completed without a certificate`,
    // Found on indexes alone (enrollment_completed_idx, the certificates' unique key), then the few found are locked: a
    // statement locking as it scans reads every completed enrollment's row. Some locked elsewhere: the next sweep sees them.
    select: `SELECT id FROM enrollment
              WHERE status = 'completed' AND id IN (
                    SELECT e.id FROM enrollment e
                     WHERE e.status = 'completed' AND e.completed_at < now() - make_interval(secs => $1) AND e.id > $2
                       AND NOT EXISTS (SELECT FROM certificate c WHERE c.enrollment_id = e.id)
                     ORDER BY e.id LIMIT $3)
              ORDER BY id FOR NO KEY UPDATE SKIP LOCKED`,
  }),
  work({
    job: 'render-pdf',
    jobId: renderJobId,
    payload: (certificateId) => ({ certificateId }),
    describe: (id) => `certificate ${id} without a PDF`,
    select: `SELECT id FROM certificate
              WHERE pdf_key IS NULL AND created_at < now() - make_interval(secs => $1) AND id > $2
              ORDER BY id LIMIT $3 FOR NO KEY UPDATE SKIP LOCKED`,
  }),
];
