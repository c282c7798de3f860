import { publishCourse } from './courses';
import { bearer, TestApp } from './test-app';
import { PASSWORD } from './world';

/** A course of lessons only (two by default, police audience), built over HTTP. */
export function publishLessonCourse(
  t: TestApp,
  trainerToken: string,
  spec: { title?: string; audience?: string[]; lessons?: number; minStudySeconds?: number; publish?: boolean } = {},
) {
  return publishCourse(t, trainerToken, { title: 'Kurs lekcji', audience: ['police'], lessons: 2, ...spec });
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
