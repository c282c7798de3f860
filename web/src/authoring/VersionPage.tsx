import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, data } from '../api/client';
import { ErrorMessage, Loading, QueryStatus } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { CourseSnapshot, Erratum, fetchErrata, fetchVersion, keys, SnapshotQuestion } from './api';
import { ChangeList } from './ChangeList';
import { diffCourses, outlineOfSnapshot } from './courseDiff';
import { errorProps, FieldError } from './fields';
import { refusedForm } from './fieldErrors';
import { useLocalized } from '../common/localized';

/** One published version: what changed since the one before, its errata and their regrades. */
export function VersionPage() {
  const { courseId = '', version: versionParam = '' } = useParams();
  const version = Number(versionParam);
  const { t } = useTranslation('authoring');
  const localized = useLocalized();
  const format = useFormat();
  const current = useQuery({ queryKey: keys.version(courseId, version), queryFn: () => fetchVersion(courseId, version), staleTime: Infinity });
  const previous = useQuery({
    queryKey: keys.version(courseId, version - 1),
    queryFn: () => fetchVersion(courseId, version - 1),
    enabled: version > 1,
    staleTime: Infinity,
  });
  const v = current.data;
  return (
    <Page title={v ? t('version.title', { course: localized(v.snapshot.title), version }) : t('versions.version', { version })}>
      <p>
        <Link to={`/authoring/courses/${courseId}`}>{t('version.back')}</Link>
      </p>
      <QueryStatus query={current} />
      {v ? (
        <>
          <p>{t('versions.publishedAt', { date: format.dateTime(v.publishedAt) })}</p>
          <section className="panel" aria-labelledby="diff-heading">
            <h2 id="diff-heading">{version > 1 ? t('version.diff', { previous: version - 1 }) : t('version.first')}</h2>
            {version > 1 ? (
              previous.isPending ? (
                <Loading />
              ) : previous.isError ? (
                <ErrorMessage error={previous.error} onRetry={() => void previous.refetch()} />
              ) : (
                <ChangeList changes={diffCourses(outlineOfSnapshot(previous.data.snapshot), outlineOfSnapshot(v.snapshot))} />
              )
            ) : (
              <ul>
                {v.snapshot.modules.map((m) => (
                  <li key={m.id}>
                    {t(`modules.kind.${m.kind}`)} „{localized(m.title)}”
                  </li>
                ))}
              </ul>
            )}
          </section>
          <Errata courseId={courseId} version={version} snapshot={v.snapshot} />
        </>
      ) : null}
    </Page>
  );
}

/** Every question a version can show (fixed and every draw's candidates), with its quiz. */
function questionsOf(snapshot: CourseSnapshot): { question: SnapshotQuestion; quizTitle: CourseSnapshot['modules'][number]['title'] }[] {
  const seen = new Set<string>();
  return snapshot.modules.flatMap((m) =>
    m.quiz
      ? [...m.quiz.questions, ...m.quiz.draws.flatMap((d) => d.candidates)].filter((q) => !seen.has(q.id) && seen.add(q.id)).map((question) => ({ question, quizTitle: m.title }))
      : [],
  );
}

/** The version's errata, each with its regrade's progress (polled while the worker is at it), and a form for a new one. */
function Errata({ courseId, version, snapshot }: { courseId: string; version: number; snapshot: CourseSnapshot }) {
  const { t } = useTranslation('authoring');
  const localized = useLocalized();
  const format = useFormat();
  const questions = questionsOf(snapshot);
  const label = (id: string) => {
    const found = questions.find((q) => q.question.id === id)?.question;
    return found ? `${found.name ? `${found.name}: ` : ''}${localized(found.prompt)}` : id;
  };
  const errata = useQuery({
    queryKey: keys.errata(courseId, version),
    queryFn: () => fetchErrata(courseId, version),
    refetchInterval: (query) => (query.state.data?.some((e) => e.attemptsRegraded < e.attemptsToRegrade) ? 1000 : false),
  });
  return (
    <section className="panel" aria-labelledby="errata-heading">
      <h2 id="errata-heading">{t('errata.title')}</h2>
      <p className="hint">{t('errata.intro')}</p>
      <QueryStatus query={errata} />
      {errata.data ? (
        errata.data.length === 0 ? (
          <p>{t('errata.none')}</p>
        ) : (
          <ul className="cards">
            {errata.data.map((e) => (
              <li key={e.id} className="card">
                <h3>{label(e.questionId)}</h3>
                <p>{e.reason}</p>
                <p className="hint">{format.dateTime(e.createdAt)}</p>
                <RegradeProgress erratum={e} />
              </li>
            ))}
          </ul>
        )
      ) : null}
      {questions.length > 0 ? <NewErratum courseId={courseId} version={version} questions={questions.map((q) => q.question)} label={label} /> : <p>{t('errata.noQuestions')}</p>}
    </section>
  );
}

function RegradeProgress({ erratum }: { erratum: Erratum }) {
  const { t } = useTranslation('authoring');
  const done = erratum.attemptsRegraded >= erratum.attemptsToRegrade;
  const id = `regrade-${erratum.id}`;
  return (
    <div className="regrade">
      <label htmlFor={id}>{t('errata.progressLabel')}</label>
      <progress id={id} max={Math.max(erratum.attemptsToRegrade, 1)} value={erratum.attemptsToRegrade === 0 ? 1 : erratum.attemptsRegraded} />
      <p role="status" aria-live="polite">
        {erratum.attemptsToRegrade === 0
          ? t('errata.nothingToRegrade')
          : done
            ? t('errata.regraded', { count: erratum.attemptsToRegrade })
            : t('errata.regrading', { done: erratum.attemptsRegraded, count: erratum.attemptsToRegrade })}
      </p>
    </div>
  );
}

type Definition = Record<string, unknown>;

/** The question as the API takes it back: the frozen definition without its id and version. */
function definitionOf(q: SnapshotQuestion): Definition {
  const definition: Definition = { ...q };
  delete definition.id;
  delete definition.version;
  return definition;
}

/**
 * A correction of one question's key. Choice questions: each option's weight; true/false:
 * which answer is right; other types: the whole question as JSON, as the question bank
 * defines it.
 */
function NewErratum({ courseId, version, questions, label }: { courseId: string; version: number; questions: SnapshotQuestion[]; label: (id: string) => string }) {
  const { t } = useTranslation('authoring');
  const localized = useLocalized();
  const client = useQueryClient();
  const [questionId, setQuestionId] = useState(questions[0].id);
  const question = questions.find((q) => q.id === questionId)!;
  const [weights, setWeights] = useState<string[]>(() => (question.options ?? []).map((o) => String(o.weight)));
  const [correct, setCorrect] = useState(question.correct ?? true);
  const [json, setJson] = useState(() => JSON.stringify(definitionOf(question), null, 2));
  const [reason, setReason] = useState('');
  const [jsonError, setJsonError] = useState<string>();
  const choose = (id: string) => {
    const q = questions.find((x) => x.id === id)!;
    setQuestionId(id);
    setWeights((q.options ?? []).map((o) => String(o.weight)));
    setCorrect(q.correct ?? true);
    setJson(JSON.stringify(definitionOf(q), null, 2));
    setJsonError(undefined);
  };
  const kind = question.options ? 'choice' : question.type === 'true_false' ? 'true_false' : 'json';

  const file = useMutation({
    mutationFn: async (corrected: Definition) =>
      data(await api.POST('/api/v1/courses/{id}/versions/{version}/errata', { params: { path: { id: courseId, version } }, body: { questionId, question: corrected, reason } })),
    onSuccess: () => {
      setReason('');
      void client.invalidateQueries({ queryKey: keys.errata(courseId, version) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const base = definitionOf(question);
    if (kind === 'choice') return file.mutate({ ...base, options: question.options!.map((o, i) => ({ ...o, weight: Number(weights[i]) })) });
    if (kind === 'true_false') return file.mutate({ ...base, correct });
    try {
      file.mutate(JSON.parse(json) as Definition);
      setJsonError(undefined);
    } catch {
      setJsonError(t('errata.badJson'));
    }
  };
  const ids = ['erratum-reason', 'erratum-json', ...(question.options ?? []).map((_, i) => `erratum-question-options-${i}-weight`)];
  const { byInput, formError } = refusedForm(file.error, ids, kind === 'json' ? { 'erratum-question': 'erratum-json' } : {}, 'erratum');
  const reasonErrors = byInput['erratum-reason'];
  return (
    <form className="form erratum-form" onSubmit={submit} noValidate>
      <h3>{t('errata.new')}</h3>
      <label htmlFor="erratum-question">{t('errata.question')}</label>
      <select id="erratum-question" value={questionId} onChange={(e) => choose(e.target.value)}>
        {questions.map((q) => (
          <option key={q.id} value={q.id}>
            {label(q.id)}
          </option>
        ))}
      </select>
      {kind === 'choice' ? (
        <fieldset>
          <legend>{t('errata.weights')}</legend>
          <p className="hint">{t('errata.weightsHint')}</p>
          {question.options!.map((o, i) => {
            const id = `erratum-question-options-${i}-weight`;
            return (
              <div key={i} className="form">
                <label htmlFor={id}>{localized(o.text)}</label>
                <input
                  id={id}
                  type="number"
                  step="0.05"
                  min={-1}
                  max={1}
                  value={weights[i] ?? ''}
                  onChange={(e) => setWeights((w) => w.map((x, j) => (j === i ? e.target.value : x)))}
                  {...errorProps(id, byInput[id])}
                />
                <FieldError id={id} messages={byInput[id]} />
              </div>
            );
          })}
        </fieldset>
      ) : kind === 'true_false' ? (
        <>
          <label htmlFor="erratum-correct">{t('errata.correct')}</label>
          <select id="erratum-correct" value={String(correct)} onChange={(e) => setCorrect(e.target.value === 'true')}>
            <option value="true">{t('errata.true')}</option>
            <option value="false">{t('errata.false')}</option>
          </select>
        </>
      ) : (
        <>
          <label htmlFor="erratum-json">{t('errata.json')}</label>
          <textarea id="erratum-json" rows={12} className="code" value={json} onChange={(e) => setJson(e.target.value)} {...errorProps('erratum-json', jsonError ? [jsonError] : byInput['erratum-json'])} />
          <FieldError id="erratum-json" messages={jsonError ? [jsonError] : byInput['erratum-json']} />
        </>
      )}
      <label htmlFor="erratum-reason">{t('errata.reason')}</label>
      <textarea id="erratum-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} {...errorProps('erratum-reason', reasonErrors)} />
      <FieldError id="erratum-reason" messages={reasonErrors} />
      {formError ? <ErrorMessage error={formError} /> : null}
      <button type="submit" className="primary" disabled={file.isPending}>
        {t('errata.file')}
      </button>
      <p role="status">{file.isSuccess ? t('errata.filed', { count: file.data.attemptsToRegrade }) : ''}</p>
    </form>
  );
}
