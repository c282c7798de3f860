import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * Lesson Markdown never carries HTML of its own: raw HTML in the source is shown as
 * text (trainers paste from Word and web pages), and the output is sanitised anyway,
 * so a script, an event handler or a javascript: link cannot survive either step.
 */
const lessonMarkdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

/** HTML from elsewhere (a question imported from Moodle) with nothing left that could run, style or ask for input. */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
  });
}

/** Lessons (the officer's page and the trainer's preview: the same function) and Markdown questions. */
export function renderLessonMarkdown(source: string): string {
  return sanitizeHtml(lessonMarkdown.parse(source, { async: false }));
}
