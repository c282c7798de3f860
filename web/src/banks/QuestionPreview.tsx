import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formValueOf, type FormValue } from '../quiz/answer-mapping';
import { QuestionCard, QuestionField } from '../quiz/QuestionField';
import type { Question } from '../quiz/types';
import { parseNumber, QuestionForm, Texts } from './question-form';

type Lang = keyof Texts;

/** The words standing in for what the trainer has not written yet. */
export interface Unwritten {
  prompt: string;
  row: (n: number) => string;
}

/** The same order every render, but not the order typed (which would give the answer away). */
function mixed<T>(list: T[]): T[] {
  return list.map((item, i) => ({ item, key: (i * 7 + 3) % (list.length + 1) })).sort((a, b) => a.key - b.key).map((x) => x.item);
}

/**
 * The form as the quiz player will show it to an officer: texts in the preview's language
 * (Polish where that translation is empty, as the officer gets it), choices mixed, no
 * weights and no key — the player's own question shape, so the player's components draw it.
 */
export function previewQuestion(form: QuestionForm, lang: Lang, unwritten: Unwritten): Question {
  const text = (texts: Texts) => ({ pl: texts[lang].trim() ? texts[lang] : texts.pl });
  // A row not written yet still needs words: an input without a label is no input for a screen reader.
  const choices = (prefix: string, list: Texts[]) => list.map((texts, i) => ({ id: `${prefix}${i}`, text: text(texts).pl.trim() ? text(texts) : { pl: unwritten.row(i + 1) } }));
  const points = parseNumber(form.points);
  const prompt = text(form.prompt).pl.trim() ? text(form.prompt) : { pl: unwritten.prompt };
  const question: Question = { id: 'preview', type: form.type, format: form.format ?? 'markdown', points: Number.isFinite(points) ? points : 0, prompt };
  switch (form.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'scenario':
      return {
        ...question,
        options: mixed(choices('o', form.options.map((o) => o.text))),
        ...(form.type === 'multiple_choice' ? { multiple: true } : {}),
        ...(form.type === 'scenario' ? { situation: text(form.situation) } : {}),
      };
    case 'matching':
      return { ...question, left: choices('l', form.pairs.map((p) => p.left)), right: mixed(choices('r', [...form.pairs.map((p) => p.right), ...form.distractors])) };
    case 'ordering':
      return { ...question, items: mixed(choices('i', form.items)) };
    case 'essay':
      return { ...question, responseTemplate: text(form.responseTemplate) };
    default:
      return question;
  }
}

/** The question as an officer will see it, drawn by the quiz player's components; the answer inputs work, nothing is saved or scored. */
export function QuestionPreview({ form }: { form: QuestionForm }) {
  const { t, i18n } = useTranslation('banks');
  const [lang, setLang] = useState<Lang>((['pl', 'en', 'uk'].includes(i18n.language) ? i18n.language : 'pl') as Lang);
  const id = useId();
  const question = useMemo(() => previewQuestion(form, lang, { prompt: t('preview.noPrompt'), row: (n) => t('preview.emptyOption', { n }) }), [form, lang, t]);
  // A new row or another type starts the answer afresh; a changed text keeps it.
  const shape = [question.type, question.options?.length, question.left?.length, question.right?.length, question.items?.length, lang].join('-');
  return (
    <section className="preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('preview.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('preview.language')}</label>
        <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          {(['pl', 'en', 'uk'] as const).map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">{t('preview.notSaved')}</p>
      <PreviewAnswer key={shape} question={question} />
    </section>
  );
}

function PreviewAnswer({ question }: { question: Question }) {
  const { i18n } = useTranslation();
  const [value, setValue] = useState<FormValue>(() => formValueOf(question, undefined, { language: i18n.language }));
  return (
    <QuestionCard question={question} index={0} total={1}>
      {(promptId) => <QuestionField question={question} value={value} onChange={setValue} promptId={promptId} />}
    </QuestionCard>
  );
}
