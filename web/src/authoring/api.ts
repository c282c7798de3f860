import { api, data } from '../api/client';
import type { components } from '../api/schema';

/** The course routes' response shapes, as OpenAPI documents them. */
export type AuthorCourse = components['schemas']['AuthorCourseView'];
export type CourseModule = components['schemas']['CourseModuleView'];
export type QuizSettings = components['schemas']['QuizSettingsView'];
export type LocalizedText = components['schemas']['LocalizedTextView'];
export type VersionSummary = components['schemas']['VersionSummaryView'];
export type VersionDetail = components['schemas']['VersionDetailView'];
export type CourseSnapshot = components['schemas']['CourseSnapshotView'];
export type SnapshotQuestion = components['schemas']['SnapshotQuestionView'];
export type Erratum = components['schemas']['ErratumView'];
export type InstitutionType = AuthorCourse['audience'][number];
export type ReviewPolicy = QuizSettings['reviewPolicy'];
export type ReviewTiming = QuizSettings['reviewAfter'];
export type PublishedVersion = components['schemas']['PublishedVersionView'];

export const LANGS = ['pl', 'en', 'uk'] as const;
export type Lang = (typeof LANGS)[number];
export const INSTITUTION_TYPES: InstitutionType[] = ['police', 'municipal_guard', 'border_guard', 'social_services', 'other'];
export const REVIEW_POLICIES: ReviewPolicy[] = ['score', 'responses', 'correct_answers'];
/** The safe one first: it is the default. */
export const REVIEW_TIMINGS: ReviewTiming[] = ['last_attempt_or_pass', 'due_date', 'each_attempt'];

type CourseOrOutline = AuthorCourse | components['schemas']['PublishedCourseView'];
const isAuthorView = (c: CourseOrOutline): c is AuthorCourse => 'ownerId' in c;

/** Query keys: one course's draft, its versions, one version, its errata. */
export const keys = {
  myCourses: ['authoring', 'courses'] as const,
  course: (id: string) => ['authoring', 'course', id] as const,
  versions: (id: string) => ['authoring', 'course', id, 'versions'] as const,
  version: (id: string, version: number) => ['authoring', 'course', id, 'version', version] as const,
  errata: (id: string, version: number) => ['authoring', 'course', id, 'version', version, 'errata'] as const,
  banks: ['authoring', 'banks'] as const,
  bankQuestions: (bankId: string) => ['authoring', 'bank', bankId, 'questions'] as const,
};

/** Trainers: their own courses; admins (who edit everyone's): all. */
export async function fetchCourses(all: boolean): Promise<AuthorCourse[]> {
  const page = data(await api.GET('/api/v1/courses', { params: { query: { limit: 100, ...(all ? {} : { owner: 'me' as const }) } } }));
  return page.items.filter(isAuthorView);
}

export async function fetchCourse(id: string): Promise<AuthorCourse> {
  const course = data(await api.GET('/api/v1/courses/{id}', { params: { path: { id } } }));
  if (!isAuthorView(course)) throw new Error('not an author view');
  return course;
}

export async function fetchVersions(id: string): Promise<VersionSummary[]> {
  return data(await api.GET('/api/v1/courses/{id}/versions', { params: { path: { id } } })).items;
}

export async function fetchVersion(id: string, version: number): Promise<VersionDetail> {
  return data(await api.GET('/api/v1/courses/{id}/versions/{version}', { params: { path: { id, version } } }));
}

export async function fetchErrata(id: string, version: number): Promise<Erratum[]> {
  return data(await api.GET('/api/v1/courses/{id}/versions/{version}/errata', { params: { path: { id, version } } })).items;
}

/** A localized text as the API takes it: languages left empty are omitted (it refuses empty strings). */
export function cleanText(text: Partial<Record<Lang, string>>): LocalizedText {
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) if (text[lang]?.trim()) out[lang] = text[lang];
  return { pl: '', ...out } as LocalizedText;
}

/** Whether any language has text. */
export const hasText = (text: Partial<Record<Lang, string>> | null | undefined) => LANGS.some((l) => text?.[l]?.trim());
