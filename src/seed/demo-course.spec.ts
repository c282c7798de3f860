import { LANGUAGES, type LocalizedText, type ScenarioQuestion } from '../modules/questions/question-definition';
import { DEMO_COURSE, DEMO_LESSONS, DEMO_QUESTIONS } from './demo-course';

/** Every `{pl, …}` text inside a value, with the path it sits at (`options[2].feedback`). */
function localizedTexts(value: unknown, path: string): { path: string; text: LocalizedText }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  if (typeof (value as { pl?: unknown }).pl === 'string') return [{ path, text: value as LocalizedText }];
  return Object.entries(value).flatMap(([key, inner]) => localizedTexts(inner, path ? `${path}.${key}` : key));
}

/** A text's Markdown skeleton, line by line: headings, list items, blank lines, and how much bold each line holds. */
function markdownShape(text: string): string[] {
  return text.split('\n').map((line) => {
    const kind = /^(#+ |- |\d+\. |\s*$)/.exec(line)?.[1]?.trim() ?? 'text';
    return `${kind || 'blank'} ${line.split('**').length - 1}`;
  });
}

const scenarios = DEMO_QUESTIONS.map((q) => q.question).filter((q): q is ScenarioQuestion => q.type === 'scenario');
const best = (q: ScenarioQuestion) => q.options.reduce((a, b) => (b.weight > a.weight ? b : a));

describe('the demo course in three languages', () => {
  const everything = [
    { key: 'course', texts: localizedTexts({ title: DEMO_COURSE.title, description: DEMO_COURSE.description }, '') },
    ...DEMO_LESSONS.map((lesson) => ({ key: lesson.key, texts: localizedTexts({ title: lesson.title, body: lesson.body }, '') })),
    ...DEMO_QUESTIONS.map(({ key, question }) => ({ key, texts: localizedTexts(question, '') })),
  ];

  it('finds the texts it checks: every lesson title and body, every question prompt and more', () => {
    expect(everything).toHaveLength(1 + DEMO_LESSONS.length + DEMO_QUESTIONS.length);
    const paths = everything.flatMap(({ texts }) => texts.map((t) => t.path.replace(/\[\d+\]/g, '[]')));
    expect(new Set(paths)).toEqual(
      new Set(['title', 'description', 'body', 'prompt', 'feedback', 'options[].text', 'options[].feedback', 'situation', 'feedbackTrue', 'feedbackFalse',
        'answers[].feedback', 'pairs[].left', 'pairs[].right', 'distractors[]', 'items[]', 'graderInfo', 'responseTemplate']),
    );
  });

  it.each(everything)('$key has English and Ukrainian for every text it has in Polish', ({ texts }) => {
    const missing = texts.flatMap(({ path, text }) => LANGUAGES.filter((lang) => !text[lang]?.trim()).map((lang) => `${path}.${lang}`));
    expect(missing).toEqual([]);
  });

  it.each(everything)('$key keeps the same Markdown structure in every language', ({ texts }) => {
    for (const { path, text } of texts) {
      for (const lang of ['en', 'uk'] as const) expect([path, lang, markdownShape(text[lang]!)]).toEqual([path, lang, markdownShape(text.pl)]);
    }
  });

  it('keeps every Polish prompt unique (the browser tests find a question by it)', () => {
    expect(new Set(DEMO_QUESTIONS.map((q) => q.question.prompt.pl)).size).toBe(DEMO_QUESTIONS.length);
  });
});

describe('scenario responses whose length gives nothing away', () => {
  it('has the six scenario questions, each with one best response', () => {
    expect(scenarios).toHaveLength(6);
    for (const q of scenarios) expect(q.options.filter((o) => o.weight === best(q).weight)).toHaveLength(1);
  });

  it.each(scenarios.map((q) => [q.name!, q]))('%s: the best response is not the strictly longest one, in Polish', (_name, q) => {
    const others = q.options.filter((o) => o !== best(q));
    expect(best(q).text.pl.length).toBeLessThanOrEqual(Math.max(...others.map((o) => o.text.pl.length)));
  });

  it.each(LANGUAGES.flatMap((lang) => scenarios.map((q) => [lang, q.name!, q] as const)))(
    '%s, %s: the best response is not the strictly longest, and every response is within 1.5 times the shortest',
    (lang, _name, q) => {
      const lengths = q.options.map((o) => o.text[lang]!.length);
      const others = q.options.filter((o) => o !== best(q)).map((o) => o.text[lang]!.length);
      expect(best(q).text[lang]!.length).toBeLessThanOrEqual(Math.max(...others));
      expect(Math.max(...lengths) / Math.min(...lengths)).toBeLessThanOrEqual(1.5);
    },
  );

  it.each(LANGUAGES)('%s: the best response is not systematically the shortest either', (lang) => {
    const shortest = scenarios.filter((q) => best(q).text[lang]!.length <= Math.min(...q.options.map((o) => o.text[lang]!.length)));
    expect(shortest.length).toBeLessThanOrEqual(scenarios.length / 3);
  });
});
