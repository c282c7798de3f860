import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryStatus } from '../common/ErrorMessage';
import { Page } from '../common/Page';
import { fetchCourse, keys } from './api';
import { useFocusFromHash } from './fields';
import { LessonEditor } from './LessonEditor';
import { QuizSettingsEditor } from './QuizSettingsEditor';
import { useLocalized } from '../common/localized';

/** One module of a draft: the lesson editor, or the quiz's settings. */
export function ModuleEditor() {
  const { courseId = '', moduleId = '' } = useParams();
  const { t } = useTranslation('authoring');
  const localized = useLocalized();
  const query = useQuery({ queryKey: keys.course(courseId), queryFn: () => fetchCourse(courseId) });
  const module = query.data?.modules?.find((m) => m.id === moduleId);
  useFocusFromHash(Boolean(module));
  const title = module ? t(module.kind === 'lesson' ? 'lesson.title' : 'quiz.title', { title: localized(module.title) }) : t('lesson.loading');
  return (
    <Page title={title}>
      <p>
        <Link to={`/authoring/courses/${courseId}`}>{t('lesson.back', { course: query.data ? localized(query.data.title) : '' })}</Link>
      </p>
      <QueryStatus query={query} />
      {query.data && !module ? <p>{t('lesson.notFound')}</p> : null}
      {query.data && module ? (
        module.kind === 'lesson' ? (
          <LessonEditor key={module.id} courseId={courseId} module={module} />
        ) : (
          <QuizSettingsEditor key={module.id} courseId={courseId} module={module} />
        )
      ) : null}
    </Page>
  );
}
