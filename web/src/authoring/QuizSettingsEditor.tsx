import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { ErrorMessage, Loading, QueryStatus } from '../common/ErrorMessage';
import { cleanText, CourseModule, keys, LANGS, REVIEW_POLICIES, REVIEW_TIMINGS, ReviewPolicy, ReviewTiming } from './api';
import { BankQuestion, fetchBankQuestions, fetchBanks, tagsOf } from './banks';
import { errorProps, FieldError, LocalizedFields, numberOrNull, TextValue } from './fields';
import { refusedForm } from './fieldErrors';
import { useLocalized } from '../common/localized';

interface DrawRow {
  /** Only for React's list keys: rows are added and removed. */
  key: number;
  bankId: string;
  tag: string;
  count: string;
}

let nextKey = 1;

/**
 * A quiz's settings: pass mark, attempts, time limit, shuffling, review policy and timing, fixed
 * questions chosen from a bank, and random draws (bank, tag, count). The API's validation
 * errors appear at the input they name.
 */
export function QuizSettingsEditor({ courseId, module }: { courseId: string; module: CourseModule }) {
  const { t } = useTranslation('authoring');
  const client = useQueryClient();
  const quiz = module.quiz!;
  const [title, setTitle] = useState<TextValue>(module.title);
  const [passMark, setPassMark] = useState(String(quiz.passMarkPercent));
  const [maxAttempts, setMaxAttempts] = useState(quiz.maxAttempts?.toString() ?? '');
  const [timeLimit, setTimeLimit] = useState(quiz.timeLimitSeconds ? String(quiz.timeLimitSeconds / 60) : '');
  const [shuffleQuestions, setShuffleQuestions] = useState(quiz.shuffleQuestions);
  const [shuffleOptions, setShuffleOptions] = useState(quiz.shuffleOptions);
  const [reviewPolicy, setReviewPolicy] = useState<ReviewPolicy>(quiz.reviewPolicy);
  const [reviewAfter, setReviewAfter] = useState<ReviewTiming>(quiz.reviewAfter);
  const [questionIds, setQuestionIds] = useState<string[]>(quiz.questionIds);
  const [draws, setDraws] = useState<DrawRow[]>(quiz.draws.map((d) => ({ key: nextKey++, bankId: d.bankId, tag: d.tag ?? '', count: String(d.count) })));
  const banks = useQuery({ queryKey: keys.banks, queryFn: fetchBanks });

  const save = useMutation({
    mutationFn: async () =>
      data(
        await api.PATCH('/api/v1/courses/{id}/modules/{moduleId}', {
          params: { path: { id: courseId, moduleId: module.id } },
          body: {
            title: cleanText(title),
            quiz: {
              // An empty number goes as null: the API's validation then says what it needs, at the input.
              passMarkPercent: numberOrNull(passMark) as number,
              maxAttempts: numberOrNull(maxAttempts),
              timeLimitSeconds: timeLimit.trim() === '' ? null : Math.round(Number(timeLimit) * 60),
              shuffleQuestions,
              shuffleOptions,
              reviewPolicy,
              reviewAfter,
              questionIds,
              draws: draws.map((d) => ({ bankId: d.bankId, ...(d.tag ? { tag: d.tag } : {}), count: numberOrNull(d.count) as number })),
            },
          },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.course(courseId) }),
  });

  const ids = [
    ...LANGS.map((l) => `title-${l}`),
    'quiz-passMarkPercent',
    'quiz-maxAttempts',
    'quiz-timeLimitSeconds',
    'quiz-shuffleQuestions',
    'quiz-shuffleOptions',
    'quiz-reviewPolicy',
    'quiz-reviewAfter',
    'quiz-questionIds',
    ...draws.flatMap((_, i) => [`quiz-draws-${i}-bankId`, `quiz-draws-${i}-tag`, `quiz-draws-${i}-count`]),
  ];
  const aliases: Record<string, string> = { title: 'title-pl', quiz: 'quiz-questionIds', 'quiz-draws': 'quiz-questionIds' };
  draws.forEach((_, i) => (aliases[`quiz-draws-${i}`] = `quiz-draws-${i}-count`));
  const { byInput, formError } = refusedForm(save.error, ids, aliases);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const number = (id: string, label: string, value: string, set: (v: string) => void, props: { min: number; max: number; hint?: string }) => (
    <div className="form">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={props.min}
        max={props.max}
        value={value}
        onChange={(e) => set(e.target.value)}
        {...(props.hint ? { 'aria-describedby': `${id}-hint` } : {})}
        {...errorProps(id, byInput[id])}
      />
      {props.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={id} messages={byInput[id]} />
    </div>
  );
  const updateDraw = (key: number, change: Partial<DrawRow>) => setDraws((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));

  return (
    <form onSubmit={submit} noValidate className="editor-form">
      <LocalizedFields name="title" label={t('quiz.moduleTitle')} value={title} onChange={setTitle} errors={byInput} required />
      <fieldset className="quiz-grid">
        <legend>{t('quiz.rules')}</legend>
        {number('quiz-passMarkPercent', t('quiz.passMark'), passMark, setPassMark, { min: 0, max: 100 })}
        {number('quiz-maxAttempts', t('quiz.maxAttempts'), maxAttempts, setMaxAttempts, { min: 1, max: 100, hint: t('quiz.maxAttemptsHint') })}
        {number('quiz-timeLimitSeconds', t('quiz.timeLimit'), timeLimit, setTimeLimit, { min: 1, max: 1440, hint: t('quiz.timeLimitHint') })}
        <div className="form">
          <label htmlFor="quiz-reviewPolicy">{t('quiz.reviewPolicy')}</label>
          <select id="quiz-reviewPolicy" value={reviewPolicy} onChange={(e) => setReviewPolicy(e.target.value as ReviewPolicy)} {...errorProps('quiz-reviewPolicy', byInput['quiz-reviewPolicy'])}>
            {REVIEW_POLICIES.map((p) => (
              <option key={p} value={p}>
                {t(`quiz.review.${p}`)}
              </option>
            ))}
          </select>
          <FieldError id="quiz-reviewPolicy" messages={byInput['quiz-reviewPolicy']} />
        </div>
        <div className="form">
          <label htmlFor="quiz-reviewAfter">{t('quiz.reviewAfter')}</label>
          <select
            id="quiz-reviewAfter"
            value={reviewAfter}
            onChange={(e) => setReviewAfter(e.target.value as ReviewTiming)}
            aria-describedby="quiz-reviewAfter-hint"
            {...(byInput['quiz-reviewAfter'] ? { 'aria-invalid': true, 'aria-describedby': 'quiz-reviewAfter-hint quiz-reviewAfter-error' } : {})}
          >
            {REVIEW_TIMINGS.map((timing) => (
              <option key={timing} value={timing}>
                {t(`quiz.reviewTiming.${timing}`)}
              </option>
            ))}
          </select>
          <p className="hint" id="quiz-reviewAfter-hint">
            {t(`quiz.reviewTimingHint.${reviewAfter}`)}
          </p>
          <FieldError id="quiz-reviewAfter" messages={byInput['quiz-reviewAfter']} />
        </div>
        <label className="choice">
          <input id="quiz-shuffleQuestions" type="checkbox" checked={shuffleQuestions} onChange={(e) => setShuffleQuestions(e.target.checked)} />
          {t('quiz.shuffleQuestions')}
        </label>
        <label className="choice">
          <input id="quiz-shuffleOptions" type="checkbox" checked={shuffleOptions} onChange={(e) => setShuffleOptions(e.target.checked)} />
          {t('quiz.shuffleOptions')}
        </label>
      </fieldset>

      <QueryStatus query={banks} />
      {banks.data ? (
        <>
          <FixedQuestions banks={banks.data} value={questionIds} onChange={setQuestionIds} errors={byInput['quiz-questionIds']} />
          <fieldset className="draws">
            <legend>{t('quiz.draws')}</legend>
            <p className="hint">{t('quiz.drawsHint')}</p>
            {draws.length === 0 ? <p>{t('quiz.noDraws')}</p> : null}
            {draws.map((d, i) => (
              <Draw
                key={d.key}
                index={i}
                row={d}
                banks={banks.data}
                errors={byInput}
                onChange={(change) => updateDraw(d.key, change)}
                onRemove={() => setDraws((rows) => rows.filter((r) => r.key !== d.key))}
              />
            ))}
            <button
              type="button"
              disabled={banks.data.length === 0}
              onClick={() => setDraws((rows) => [...rows, { key: nextKey++, bankId: banks.data[0]?.id ?? '', tag: '', count: '1' }])}
            >
              {t('quiz.addDraw')}
            </button>
          </fieldset>
        </>
      ) : null}

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

/** The quiz's fixed questions, in order; more are added from a chosen bank's list. */
function FixedQuestions({ banks, value, onChange, errors }: { banks: { id: string; name: string }[]; value: string[]; onChange: (v: string[]) => void; errors?: string[] }) {
  const { t } = useTranslation('authoring');
  const localized = useLocalized();
  const [bankId, setBankId] = useState(banks[0]?.id ?? '');
  const bankQuestions = useQuery({ queryKey: keys.bankQuestions(bankId), queryFn: () => fetchBankQuestions(bankId), enabled: Boolean(bankId) });
  // The chosen questions may come from any bank: each is read on its own for its prompt.
  const chosen = useQueries({
    queries: value.map((id) => ({
      queryKey: ['authoring', 'question', id],
      queryFn: async () => (await api.GET('/api/v1/questions/{id}', { params: { path: { id } } })).data as unknown as BankQuestion,
      staleTime: 60_000,
    })),
  });
  const label = (q: BankQuestion | undefined, id: string) => (q ? `${q.name ? `${q.name}: ` : ''}${localized(q.prompt)}` : t('quiz.questionId', { id: id.slice(0, 8) }));
  return (
    <fieldset className="fixed-questions">
      <legend>{t('quiz.fixed')}</legend>
      {value.length === 0 ? (
        <p>{t('quiz.noFixed')}</p>
      ) : (
        <ol>
          {value.map((id, i) => (
            <li key={id}>
              {label(chosen[i]?.data, id)}{' '}
              <button type="button" onClick={() => onChange(value.filter((v) => v !== id))} aria-label={t('quiz.removeQuestion', { question: label(chosen[i]?.data, id) })}>
                {t('quiz.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="form">
        <label htmlFor="quiz-questionIds">{t('quiz.fromBank')}</label>
        <select id="quiz-questionIds" value={bankId} onChange={(e) => setBankId(e.target.value)} {...errorProps('quiz-questionIds', errors)}>
          {banks.length === 0 ? <option value="">{t('quiz.noBanks')}</option> : null}
          {banks.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
        <FieldError id="quiz-questionIds" messages={errors} />
      </div>
      {bankQuestions.isPending && bankId ? <Loading /> : bankQuestions.isError ? <ErrorMessage error={bankQuestions.error} /> : null}
      {bankQuestions.data ? (
        bankQuestions.data.length === 0 ? (
          <p>{t('quiz.emptyBank')}</p>
        ) : (
          <ul className="question-choices">
            {bankQuestions.data.map((q) => (
              <li key={q.id}>
                <label className="choice">
                  <input type="checkbox" checked={value.includes(q.id)} onChange={(e) => onChange(e.target.checked ? [...value, q.id] : value.filter((v) => v !== q.id))} />
                  <span>
                    {label(q, q.id)}
                    {q.tags?.length ? <span className="tags"> · {q.tags.join(', ')}</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </fieldset>
  );
}

/** One random draw: from which bank, optionally only questions with a tag, how many. */
function Draw({
  index,
  row,
  banks,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  row: DrawRow;
  banks: { id: string; name: string; questionCount: number }[];
  errors: Record<string, string[]>;
  onChange: (change: Partial<DrawRow>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('authoring');
  const questions = useQuery({ queryKey: keys.bankQuestions(row.bankId), queryFn: () => fetchBankQuestions(row.bankId), enabled: Boolean(row.bankId) });
  const id = (field: string) => `quiz-draws-${index}-${field}`;
  const tags = questions.data ? tagsOf(questions.data) : [];
  const available = questions.data ? questions.data.filter((q) => !row.tag || q.tags?.includes(row.tag)).length : undefined;
  return (
    <fieldset className="draw">
      <legend>{t('quiz.draw', { number: index + 1 })}</legend>
      <div className="draw-fields">
        <div className="form">
          <label htmlFor={id('bankId')}>{t('quiz.drawBank')}</label>
          <select id={id('bankId')} value={row.bankId} onChange={(e) => onChange({ bankId: e.target.value, tag: '' })} {...errorProps(id('bankId'), errors[id('bankId')])}>
            {banks.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
          <FieldError id={id('bankId')} messages={errors[id('bankId')]} />
        </div>
        <div className="form">
          <label htmlFor={id('tag')}>{t('quiz.drawTag')}</label>
          <select id={id('tag')} value={row.tag} onChange={(e) => onChange({ tag: e.target.value })} {...errorProps(id('tag'), errors[id('tag')])}>
            <option value="">{t('quiz.anyTag')}</option>
            {[...new Set([...tags, ...(row.tag ? [row.tag] : [])])].map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
          <FieldError id={id('tag')} messages={errors[id('tag')]} />
        </div>
        <div className="form">
          <label htmlFor={id('count')}>{t('quiz.drawCount')}</label>
          <input
            id={id('count')}
            type="number"
            min={1}
            max={100}
            value={row.count}
            onChange={(e) => onChange({ count: e.target.value })}
            aria-describedby={`${id('count')}-hint`}
            {...(errors[id('count')] ? { 'aria-invalid': true, 'aria-describedby': `${id('count')}-hint ${id('count')}-error` } : {})}
          />
          <p className="hint" id={`${id('count')}-hint`}>
            {available === undefined ? '' : t('quiz.available', { count: available })}
          </p>
          <FieldError id={id('count')} messages={errors[id('count')]} />
        </div>
      </div>
      <button type="button" onClick={onRemove}>
        {t('quiz.removeDraw', { number: index + 1 })}
      </button>
    </fieldset>
  );
}
