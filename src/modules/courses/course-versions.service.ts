import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CourseSnapshot, SnapshotModule, SnapshotQuestion } from './course-snapshot';
import { CourseVersionErratum } from './course-version-erratum.entity';
import { CourseVersion } from './course-version.entity';

const CACHE_LIMIT = 200;

/**
 * Reads published versions. A version never changes, so its snapshot is cached
 * in memory (a few hundred at most); errata are read fresh, since they can be
 * added at any time by another process.
 */
@Injectable()
export class CourseVersionsService {
  private readonly cache = new Map<string, CourseSnapshot>();

  constructor(private readonly dataSource: DataSource) {}

  async snapshot(courseId: string, version: number, em: EntityManager = this.dataSource.manager): Promise<CourseSnapshot> {
    const key = `${courseId}/${version}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const row = await em.findOne(CourseVersion, { where: { courseId, version }, select: { snapshot: true } });
    if (!row) throw new NotFoundException('Course version not found');
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, row.snapshot);
    return row.snapshot;
  }

  async module(courseId: string, version: number, moduleId: string, em?: EntityManager): Promise<SnapshotModule | undefined> {
    return (await this.snapshot(courseId, version, em)).modules.find((m) => m.id === moduleId);
  }

  /** Every question a quiz of the version can show, with the version's errata applied. */
  async quizQuestions(courseId: string, version: number, moduleId: string, em: EntityManager = this.dataSource.manager): Promise<Map<string, SnapshotQuestion>> {
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
