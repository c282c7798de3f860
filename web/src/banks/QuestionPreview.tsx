import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/format';
import { parseNumber, QuestionForm, Texts } from './question-form';

type Lang = keyof Texts;

/** The text in the language asked for, Polish when it has no translation (as the officer would get it). */
const pick = (texts: Texts, lang: Lang) => (texts[lang].trim() ? texts[lang] : texts.pl);

/** Prompts are shown as plain text here: an imported HTML prompt loses its tags, never runs as markup. */
function plain(text: string, format: QuestionForm['format']): string {
  if (format !== 'html') return text;
  return new DOMParser().parseFromString(text, 'text/html').body.textContent ?? '';
}

/** The same order every render, but not the order typed (which gives the answer away). */
function mixed<T>(list: T[]): T[] {
  return list.map((item, i) => ({ item, key: (i * 7 + 3) % (list.length + 1) })).sort((a, b) => a.key - b.key).map((x) => x.item);
}

/**
 * The question as an officer will see it in a quiz, from the form as it is now:
 * no weights, no key. The answer inputs work, but nothing is saved or scored.
 * (A simple rendering; the quiz player has its own components per type.)
 */
export function QuestionPreview({ form }: { form: QuestionForm }) {
  const { t, i18n } = useTranslation('banks');
  const format = useFormat();
  const [lang, setLang] = useState<Lang>((['pl', 'en', 'uk'].includes(i18n.language) ? i18n.language : 'pl') as Lang);
  const id = useId();
  const text = (texts: Texts) => plain(pick(texts, lang), form.format);
  const points = parseNumber(form.points);
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
      <div className="preview-question">
        {form.type === 'scenario' ? <p className="situation">{text(form.situation)}</p> : null}
        <p className="prompt" id={`${id}-prompt`}>
          {text(form.prompt) || t('preview.noPrompt')}
        </p>
        <p className="hint">{Number.isFinite(points) ? t('preview.points', { points: format.number(points, 2) }) : null}</p>
        <Answer form={form} text={text} promptId={`${id}-prompt`} />
      </div>
    </section>
  );
}

function Answer({ form, text, promptId }: { form: QuestionForm; text: (t: Texts) => string; promptId: string }) {
  const { t } = useTranslation('banks');
  const name = useId();
  const [order, setOrder] = useState<number[] | null>(null);
  switch (form.type) {
    case 'single_choice':
    case 'scenario':
    case 'multiple_choice': {
      const kind = form.type === 'multiple_choice' ? 'checkbox' : 'radio';
      return (
        <fieldset aria-labelledby={promptId}>
          {form.type === 'multiple_choice' ? <p className="hint">{t('preview.chooseAll')}</p> : null}
          {form.options.map((o, i) => (
            <label key={i} className="choice">
              <input type={kind} name={name} /> {text(o.text) || t('preview.emptyOption', { n: i + 1 })}
            </label>
          ))}
        </fieldset>
      );
    }
    case 'true_false':
      return (
        <fieldset aria-labelledby={promptId}>
          <label className="choice">
            <input type="radio" name={name} /> {t('preview.true')}
          </label>
          <label className="choice">
            <input type="radio" name={name} /> {t('preview.false')}
          </label>
        </fieldset>
      );
    case 'short_answer':
      return (
        <div className="field">
          <label htmlFor={name}>{t('preview.yourAnswer')}</label>
          <input id={name} type="text" autoComplete="off" />
        </div>
      );
    case 'numeric':
      return (
        <div className="field">
          <label htmlFor={name}>{t('preview.yourNumber')}</label>
          <input id={name} type="text" inputMode="decimal" autoComplete="off" />
        </div>
      );
    case 'matching': {
      const rights = mixed([...form.pairs.map((p) => p.right), ...form.distractors].map(text));
      return (
        <div>
          {form.pairs.map((p, i) => (
            <div key={i} className="field">
              <label htmlFor={`${name}-${i}`}>{text(p.left) || t('preview.emptyOption', { n: i + 1 })}</label>
              <select id={`${name}-${i}`} defaultValue="">
                <option value="">{t('preview.choose')}</option>
                {rights.map((r, j) => (
                  <option key={j} value={j}>
                    {r || t('preview.emptyOption', { n: j + 1 })}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    }
    case 'ordering': {
      const shown = order?.length === form.items.length ? order : mixed(form.items.map((_, i) => i));
      const move = (at: number, by: number) => {
        const next = [...shown];
        [next[at], next[at + by]] = [next[at + by], next[at]];
        setOrder(next);
      };
      return (
        <ol className="ordering">
          {shown.map((item, at) => (
            <li key={item}>
              <span>{text(form.items[item]) || t('preview.emptyOption', { n: item + 1 })}</span>{' '}
              <button type="button" className="secondary" disabled={at === 0} onClick={() => move(at, -1)}>
                {t('preview.up', { item: text(form.items[item]) })}
              </button>{' '}
              <button type="button" className="secondary" disabled={at === shown.length - 1} onClick={() => move(at, 1)}>
                {t('preview.down', { item: text(form.items[item]) })}
              </button>
            </li>
          ))}
        </ol>
      );
    }
    case 'essay':
      return (
        <div className="field">
          <label htmlFor={name}>{t('preview.yourAnswer')}</label>
          <textarea id={name} rows={6} defaultValue={text(form.responseTemplate)} key={text(form.responseTemplate)} />
        </div>
      );
  }
}
