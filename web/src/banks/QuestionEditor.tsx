import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, data } from '../api/client';
import { ProblemError } from '../api/problem';
import { ErrorMessage, Loading } from '../common/ErrorMessage';
import { Page } from '../common/Page';
import { formFields, inputId, placeErrors } from './field-errors';
import { FieldErrorsContext, LocalizedField, TextField } from './FormParts';
import { bankTags, emptyForm, fromQuestion, isQuestionType, QuestionForm, QuestionView, slugifyTag, toPatch, toPayload } from './question-form';
import { QuestionPreview } from './QuestionPreview';
import { TagsField } from './TagsField';
import { TypeFields } from './TypeFields';

/** `/banks/:bankId/questions/new?type=…` and `/banks/:bankId/questions/:questionId`. */
export function QuestionEditorPage() {
  const { t } = useTranslation('banks');
  const { bankId = '', questionId } = useParams();
  const [search] = useSearchParams();
  const type = search.get('type');
  const question = useQuery({
    queryKey: ['question', questionId],
    enabled: Boolean(questionId),
    queryFn: async () => data(await api.GET('/api/v1/questions/{id}', { params: { path: { id: questionId! } } })),
  });
  if (questionId) {
    if (question.isPending) return <Loading />;
    if (question.isError) return <ErrorMessage error={question.error} onRetry={() => void question.refetch()} />;
    return <QuestionEditor key={question.data.id} bankId={bankId} question={question.data} />;
  }
  if (!isQuestionType(type)) {
    return (
      <Page title={t('editor.unknownType')}>
        <p>
          <Link to={`/banks/${bankId}`}>{t('bank.back')}</Link>
        </p>
      </Page>
    );
  }
  return <QuestionEditor key={type} bankId={bankId} initial={emptyForm(type)} />;
}

function QuestionEditor({ bankId, question, initial }: { bankId: string; question?: QuestionView; initial?: QuestionForm }) {
  const { t } = useTranslation('banks');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form, setForm] = useState<QuestionForm>(() => (question ? fromQuestion(question) : initial!));
  const location = useLocation();
  // A new question, once created, opens at its own address: "saved" carries over.
  const [saved, setSaved] = useState(Boolean((location.state as { saved?: boolean } | null)?.saved));
  const set = (change: Partial<QuestionForm>) => {
    setSaved(false);
    setForm((f) => ({ ...f, ...change }));
  };
  const suggestions = useQuery({
    queryKey: ['bank-questions', bankId, 'all'],
    queryFn: async () => data(await api.GET('/api/v1/question-banks/{id}/questions', { params: { path: { id: bankId }, query: { limit: 100 } } })),
  });
  const save = useMutation({
    mutationFn: async (f: QuestionForm) =>
      question
        ? data(await api.PATCH('/api/v1/questions/{id}', { params: { path: { id: question.id } }, body: toPatch(f) as never }))
        : data(await api.POST('/api/v1/question-banks/{id}/questions', { params: { path: { id: bankId } }, body: toPayload(f) as never })),
    onSuccess: async (q) => {
      setSaved(true);
      await client.invalidateQueries({ queryKey: ['bank-questions', bankId] });
      client.setQueryData(['question', q.id], q);
      if (!question) void navigate(`/banks/${bankId}/questions/${q.id}`, { replace: true, state: { saved: true } });
    },
  });
  const errors = useMemo(() => {
    const problem = save.error instanceof ProblemError ? save.error.problem.errors : undefined;
    return problem ? placeErrors(problem, formFields(form)) : {};
  }, [save.error, form]);
  // After a refused save, focus goes to the first field the API named.
  useEffect(() => {
    const first = Object.keys(errors).find(Boolean);
    if (first) document.getElementById(inputId(first))?.focus();
  }, [errors]);
  const title = question ? t('editor.titleEdit', { type: t(`types.${form.type}`) }) : t('editor.titleNew', { type: t(`types.${form.type}`) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(form);
  };
  const unplaced = errors[''];
  return (
    <Page title={title}>
      <p>
        <Link to={`/banks/${bankId}`}>{t('bank.back')}</Link>
      </p>
      <div className="editor-layout">
        <FieldErrorsContext.Provider value={errors}>
          <form className="question-form" onSubmit={submit} noValidate>
            <TextField path="name" label={t('editor.name')} value={form.name} onChange={(name) => set({ name })} hint={t('editor.nameHint')} />
            {form.type === 'scenario' ? (
              <LocalizedField path="situation" label={t('editor.situation')} value={form.situation} onChange={(situation) => set({ situation })} multiline />
            ) : null}
            <LocalizedField path="prompt" label={t('editor.prompt')} value={form.prompt} onChange={(prompt) => set({ prompt })} multiline />
            <TextField path="points" label={t('editor.points')} inputMode="decimal" value={form.points} onChange={(points) => set({ points })} />
            <TagsField tags={form.tags} suggestions={bankTags(suggestions.data?.items ?? [])} onChange={(tags) => set({ tags: tags.map(slugifyTag).filter(Boolean) })} />
            <TypeFields form={form} set={set} />
            <LocalizedField path="feedback" label={t('editor.feedback')} value={form.feedback} onChange={(feedback) => set({ feedback })} multiline />
            {save.isError && !(save.error instanceof ProblemError && save.error.problem.errors?.length) ? <ErrorMessage error={save.error} /> : null}
            {save.isError && Object.keys(errors).length ? (
              <div className="notice notice-error" role="alert">
                <p>{t('editor.fixErrors')}</p>
                {unplaced ? <p>{unplaced.join('; ')}</p> : null}
              </div>
            ) : null}
            <p role="status" className="save-status">
              {saved ? t('editor.saved') : ''}
            </p>
            <div className="actions">
              <button type="submit" className="primary" disabled={save.isPending}>
                {save.isPending ? t('editor.saving') : t('editor.save')}
              </button>
              <Link to={`/banks/${bankId}`}>{t('editor.cancel')}</Link>
            </div>
          </form>
        </FieldErrorsContext.Provider>
        <QuestionPreview form={form} />
      </div>
    </Page>
  );
}
