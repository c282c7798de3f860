import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { ErrorMessage } from '../common/ErrorMessage';
import { cleanText, CourseModule, hasText, keys, LANGS } from './api';
import { errorProps, FieldError, LocalizedFields, TextValue } from './fields';
import { refusedForm } from './fieldErrors';
import { LessonPreview } from './LessonPreview';

/** A lesson: its title and Markdown per language, each with a live preview, and the minimum study time. */
export function LessonEditor({ courseId, module }: { courseId: string; module: CourseModule }) {
  const { t } = useTranslation('authoring');
  const client = useQueryClient();
  const [title, setTitle] = useState<TextValue>(module.title);
  const [body, setBody] = useState<TextValue>(module.body ?? {});
  const [minutes, setMinutes] = useState(String(module.minStudySeconds / 60));
  const save = useMutation({
    mutationFn: async () =>
      data(
        await api.PATCH('/api/v1/courses/{id}/modules/{moduleId}', {
          params: { path: { id: courseId, moduleId: module.id } },
          body: {
            title: cleanText(title),
            ...(hasText(body) ? { body: cleanText(body) } : {}),
            minStudySeconds: minutes.trim() === '' ? 0 : Math.round(Number(minutes) * 60),
          },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.course(courseId) }),
  });
  const ids = [...LANGS.map((l) => `title-${l}`), ...LANGS.map((l) => `body-${l}`), 'minStudySeconds'];
  const { byInput, formError } = refusedForm(save.error, ids, { title: 'title-pl', body: 'body-pl' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="editor-form">
      <LocalizedFields name="title" label={t('lesson.moduleTitle')} value={title} onChange={setTitle} errors={byInput} required />
      <p className="hint" id="markdown-hint">
        {t('lesson.markdownHint')}
      </p>
      <LocalizedFields
        name="body"
        label={t('lesson.body')}
        value={body}
        onChange={setBody}
        errors={byInput}
        multiline
        hint="markdown-hint"
        render={(lang) => (
          <>
            <p className="preview-label" aria-hidden="true">
              {t('lesson.preview')}
            </p>
            <LessonPreview markdown={body[lang] ?? ''} label={t('lesson.previewOf', { language: t(`languages.${lang}`) })} />
          </>
        )}
      />
      <div className="form">
        <label htmlFor="minStudySeconds">{t('lesson.minStudy')}</label>
        <input
          id="minStudySeconds"
          type="number"
          min={0}
          max={1440}
          step={1}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          aria-describedby="min-study-hint"
          {...errorProps('minStudySeconds', byInput.minStudySeconds)}
        />
        <p className="hint" id="min-study-hint">
          {t('lesson.minStudyHint')}
        </p>
        <FieldError id="minStudySeconds" messages={byInput.minStudySeconds} />
      </div>
      {formError ? <ErrorMessage error={formError} /> : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('form.save')}
        </button>
        <p role="status" className="saved">
          {save.isSuccess ? t('form.saved') : ''}
        </p>
      </div>
    </form>
  );
}
