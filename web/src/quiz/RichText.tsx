import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useTranslation } from 'react-i18next';
import { localized } from './answer-mapping';
import type { LocalizedText, Question } from './types';

/** A prompt, situation or feedback in the reader's language, written as the question says (Markdown, HTML, plain); HTML is sanitised. */
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
  const html = DOMPurify.sanitize(format === 'html' ? value : (marked.parse(value, { async: false }) as string));
  return <div id={id} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
