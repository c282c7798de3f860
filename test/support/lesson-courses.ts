import { bearer, TestApp } from './test-app';
import { PASSWORD } from './world';

export interface LessonCourse {
  courseId: string;
  lessonIds: string[];
}

/** A trainer builds and publishes a course of lessons only, over HTTP. */
export async function publishLessonCourse(
  t: TestApp,
  trainerToken: string,
  spec: { title?: string; audience?: string[]; lessons?: number; minStudySeconds?: number; publish?: boolean } = {},
): Promise<LessonCourse> {
  const api = (path: string) => t.http.post(`/api/v1${path}`).set(bearer(trainerToken));
  const course = (
    await api('/courses')
      .send({ title: { pl: spec.title ?? 'Kurs lekcji', en: 'Lessons' }, audience: spec.audience ?? ['police'], certificateValidityMonths: 24 })
      .expect(201)
  ).body;
  const lessonIds: string[] = [];
  for (let i = 0; i < (spec.lessons ?? 2); i++) {
    const lesson = await api(`/courses/${course.id}/modules`)
      .send({ kind: 'lesson', title: { pl: `Lekcja ${i + 1}` }, body: { pl: `Treść lekcji ${i + 1}` }, minStudySeconds: spec.minStudySeconds ?? 0 })
      .expect(201);
    lessonIds.push(lesson.body.id);
  }
  if (spec.publish !== false) await api(`/courses/${course.id}/publish`).expect(201);
  return { courseId: course.id, lessonIds };
}

/** Creates a user through the API as the admin; returns the id (and a token when asked). */
export async function createUser(
  t: TestApp,
  adminToken: string,
  fields: { email: string; role?: string; institutionId?: string; unitId?: string | null; fullName?: string },
): Promise<string> {
  const res = await t.http
    .post('/api/v1/users')
    .set(bearer(adminToken))
    .send({
      email: fields.email,
      fullName: fields.fullName ?? fields.email.split('@')[0],
      role: fields.role ?? 'officer',
      password: PASSWORD,
      institutionId: fields.institutionId,
      ...(fields.unitId ? { unitId: fields.unitId } : {}),
    });
  if (res.status !== 201) throw new Error(`creating ${fields.email} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Enrollment rows of a course, straight from the database. */
export async function enrollmentRows(t: TestApp, courseId: string) {
  return (await t.dataSource.query(
    `SELECT id, user_id, course_version, assignment_id, institution_id, status, due_at FROM enrollment WHERE course_id = $1 ORDER BY user_id`,
    [courseId],
  )) as { id: string; user_id: string; course_version: number; assignment_id: string; institution_id: string; status: string; due_at: Date }[];
}
