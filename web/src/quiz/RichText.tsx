import { useTranslation } from 'react-i18next';
import { renderLessonMarkdown, sanitizeHtml } from '../common/markdown';
import { localized } from '../common/localized';
import type { LocalizedText, Question } from './types';

/** A prompt, situation or feedback in the reader's language, written as the question says (Markdown as lessons are, HTML sanitised, plain). */
export function RichText({ text, format, id, className }: { text: LocalizedText | undefined; format: Question['format']; id?: string; className?: string }) {
  const { i18n } = useTranslation();
  const value = localized(text, i18n.language);
  if (format === 'plain') {
    return (
      <div id={id} className={className}>
        {value.split(/\n{2,}/).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    );
  }
  const html = format === 'html' ? sanitizeHtml(value) : renderLessonMarkdown(value);
  return <div id={id} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
