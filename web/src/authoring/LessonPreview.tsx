import { useDeferredValue, useMemo } from 'react';
import { renderLessonMarkdown } from '../common/markdown';

/** A lesson's Markdown rendered exactly as the officer's lesson page shows it (the same renderLessonMarkdown). */
export function LessonPreview({ markdown, label }: { markdown: string; label: string }) {
  // Typing stays quick on a long lesson: the preview may lag a keystroke behind.
  const deferred = useDeferredValue(markdown);
  const html = useMemo(() => renderLessonMarkdown(deferred), [deferred]);
  return (
    <section className="lesson-preview" aria-label={label}>
      <div className="lesson-body" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
