import { isValidJobId } from '../modules/outbox/outbox.service';
import {
  assertCatalogueHandled,
  DEFAULT_JOB_OPTIONS,
  JOB_CATALOGUE,
  jobIdOf,
  JobName,
  jobOptions,
  jobsOn,
  maxStalledCountOf,
  QUEUE_NAMES,
  QueueName,
  scheduledJobs,
  strandedJobs,
} from './catalogue';

const ALL_JOBS = Object.keys(JOB_CATALOGUE) as JobName[];
const ID = '0b9f7c4e-2d1a-4c3b-9e8f-6a5b4c3d2e1f';

describe('the job catalogue', () => {
  it('accepts handlers for exactly the catalogued jobs', () => {
    expect(() => assertCatalogueHandled(ALL_JOBS)).not.toThrow();
  });

  it('refuses a catalogued job without a handler, naming it', () => {
    expect(() => assertCatalogueHandled(ALL_JOBS.filter((name) => name !== 'render-pdf'))).toThrow(
      /no handler for the catalogued job\(s\) render-pdf$/,
    );
  });

  it('refuses a handler for a job the catalogue does not declare, naming it', () => {
    expect(() => assertCatalogueHandled([...ALL_JOBS, 'send-fax'])).toThrow(/handler\(s\) for send-fax, which the catalogue does not declare/);
  });

  it('makes job ids from the payload that BullMQ accepts, the same for the same payload', () => {
    expect(jobIdOf('grade-attempt', { attemptId: ID })).toBe(`grade-attempt-${ID}`);
    expect(jobIdOf('regrade-attempt', { attemptId: ID, erratumId: 'e1' })).toBe(`regrade-e1-${ID}`);
    expect(jobIdOf('issue-certificate', { enrollmentId: ID })).toBe(`issue-certificate-${ID}`);
    expect(jobIdOf('render-pdf', { certificateId: ID })).toBe(`render-pdf-${ID}`);
    expect(jobIdOf('send-email', { notificationId: ID })).toBe(`send-email-${ID}`);
    expect(jobIdOf('export', { exportId: ID })).toBe(`export-${ID}`);
    for (const { jobId } of strandedJobs()) expect(isValidJobId(jobId(ID))).toBe(true);
  });

  it('re-enqueues stranded work under the id it was first enqueued with', () => {
    const stranded = strandedJobs();
    expect(stranded.map((s) => s.job)).toEqual(['grade-attempt', 'issue-certificate', 'render-pdf', 'send-email', 'export']);
    for (const { job, work, jobId } of stranded) expect(jobId(ID)).toBe(jobIdOf(job, work.payload(ID) as never));
  });

  it('puts every job on a known queue, with the defaults unless it says otherwise', () => {
    for (const name of ALL_JOBS) expect(QUEUE_NAMES).toContain(JOB_CATALOGUE[name].queue);
    expect(jobsOn(QueueName.Grading)).toEqual(['grade-attempt', 'regrade-attempt']);
    expect(jobOptions('grade-attempt')).toEqual(DEFAULT_JOB_OPTIONS);
    expect(jobOptions('not-catalogued')).toEqual(DEFAULT_JOB_OPTIONS);
    expect(maxStalledCountOf(QueueName.Grading)).toBe(DEFAULT_JOB_OPTIONS.attempts);
    expect(jobsOn(QueueName.Reports)).toEqual(['export', 'expire-exports']);
    expect(jobOptions('export')).toMatchObject({ attempts: 3, removeOnComplete: DEFAULT_JOB_OPTIONS.removeOnComplete });
  });

  it('schedules the daily expiry of certificates, the daily reminders, the weekly digest and the hourly expiry of exports', () => {
    expect(scheduledJobs()).toEqual([
      { job: 'expire-certificates', queue: QueueName.Certificates, id: 'expire-certificates-daily', pattern: '15 2 * * *' },
      { job: 'due-reminders', queue: QueueName.Notifications, id: 'due-reminders-daily', pattern: '0 7 * * *' },
      { job: 'expiry-reminders', queue: QueueName.Notifications, id: 'expiry-reminders-daily', pattern: '5 7 * * *' },
      { job: 'coordinator-digest', queue: QueueName.Notifications, id: 'coordinator-digest-weekly', pattern: '15 7 * * 1' },
      { job: 'expire-exports', queue: QueueName.Reports, id: 'expire-exports-hourly', pattern: '7 * * * *' },
    ]);
  });

  it('gives mail a longer backoff than the default: about two hours of retries before the sweep takes over', () => {
    const { attempts, backoff } = jobOptions('send-email') as { attempts: number; backoff: { type: string; delay: number } };
    expect(backoff.type).toBe('exponential');
    const retrying = Array.from({ length: attempts - 1 }, (_, i) => backoff.delay * 2 ** i).reduce((a, b) => a + b, 0);
    expect(retrying / 3_600_000).toBeGreaterThan(2);
    expect(maxStalledCountOf(QueueName.Notifications)).toBe(attempts);
  });
});
