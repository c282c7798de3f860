import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CourseSnapshot, SnapshotModule, SnapshotQuestion, withCurrentDefaults } from './course-snapshot';
import { CourseVersionErratum } from './course-version-erratum.entity';
import { CourseVersion } from './course-version.entity';
import { DomainError } from '../../common/errors/domain-error';

const CACHE_LIMIT = 200;

/**
 * SQL for a fingerprint of the errata of a version: their number and a hash of
 * their ids. Errata are only ever added and never changed, so equal fingerprints
 * mean the same errata. A caller that already runs a query per attempt selects it
 * alongside (see AttemptGrader) and passes it to quizQuestions, which then reuses
 * the questions it built for that fingerprint instead of reading the errata again.
 */
export function errataFingerprintSql(courseId: string, version: string): string {
  return `(SELECT count(*) || '/' || COALESCE(md5(string_agg(x.id::text, ',' ORDER BY x.id)), '')
             FROM course_version_erratum x WHERE x.course_id = ${courseId} AND x.version = ${version})`;
}

/**
 * Reads published versions. A version never changes, so its snapshot is cached
 * in memory (a few hundred at most); errata are read fresh, since they can be
 * added at any time by another process — unless the caller read their
 * fingerprint in its own transaction (see errataFingerprintSql).
 */
@Injectable()
export class CourseVersionsService {
  private readonly cache = new Map<string, CourseSnapshot>();
  /** A quiz's questions with errata applied, by course/version/module, with the fingerprint of the errata they hold. */
  private readonly questionsCache = new Map<string, { errata: string; questions: ReadonlyMap<string, SnapshotQuestion> }>();

  constructor(private readonly dataSource: DataSource) {}

  async snapshot(courseId: string, version: number, em: EntityManager = this.dataSource.manager): Promise<CourseSnapshot> {
    const key = `${courseId}/${version}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const row = await em.findOne(CourseVersion, { where: { courseId, version }, select: { snapshot: true } });
    if (!row) throw new DomainError('course-version-not-found', 'Course version not found');
    withCurrentDefaults(row.snapshot);
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, row.snapshot);
    return row.snapshot;
  }

  async module(courseId: string, version: number, moduleId: string, em?: EntityManager): Promise<SnapshotModule | undefined> {
    return (await this.snapshot(courseId, version, em)).modules.find((m) => m.id === moduleId);
  }

  /**
   * Every question a quiz of the version can show, with the version's errata applied.
   * With `errataFingerprint` (read by the caller in its transaction, see
   * errataFingerprintSql) the result is shared and cached per fingerprint: treat it as read-only.
   */
  quizQuestions(courseId: string, version: number, moduleId: string, em?: EntityManager): Promise<Map<string, SnapshotQuestion>>;
  quizQuestions(courseId: string, version: number, moduleId: string, em: EntityManager, errataFingerprint: string): Promise<ReadonlyMap<string, SnapshotQuestion>>;
  async quizQuestions(
    courseId: string,
    version: number,
    moduleId: string,
    em: EntityManager = this.dataSource.manager,
    errataFingerprint?: string,
  ): Promise<ReadonlyMap<string, SnapshotQuestion>> {
    if (errataFingerprint === undefined) return this.loadQuizQuestions(courseId, version, moduleId, em);
    const key = `${courseId}/${version}/${moduleId}`;
    const cached = this.questionsCache.get(key);
    if (cached?.errata === errataFingerprint) return cached.questions;
    // Errata committed since the fingerprint was read may be in what loads now: newer, never older, than it says.
    const questions = await this.loadQuizQuestions(courseId, version, moduleId, em);
    if (!cached && this.questionsCache.size >= CACHE_LIMIT) this.questionsCache.delete(this.questionsCache.keys().next().value!);
    this.questionsCache.set(key, { errata: errataFingerprint, questions });
    return questions;
  }

  private async loadQuizQuestions(courseId: string, version: number, moduleId: string, em: EntityManager): Promise<Map<string, SnapshotQuestion>> {
    const quiz = (await this.module(courseId, version, moduleId, em))?.quiz;
    const questions = new Map<string, SnapshotQuestion>();
    if (!quiz) return questions;
    for (const q of [...quiz.questions, ...quiz.draws.flatMap((d) => d.candidates)]) questions.set(q.id, q);
    const errata = await em.find(CourseVersionErratum, { where: { courseId, version }, order: { createdAt: 'ASC' } });
    for (const erratum of errata) {
      const original = questions.get(erratum.questionId);
      if (original) questions.set(erratum.questionId, { ...erratum.definition, id: original.id, version: original.version } as SnapshotQuestion);
    }
    return questions;
  }
}
