import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Submit now?" as a modal <dialog>: the browser moves the focus into it and keeps the page
 * behind it inert; Escape and "Back to the questions" cancel, and the focus returns to
 * the button that opened it.
 */
export function SubmitDialog({ open, unanswered, onConfirm, onCancel }: { open: boolean; unanswered: number; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('quiz');
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    }
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="quiz-dialog"
      aria-labelledby="submit-dialog-title"
      aria-describedby="submit-dialog-text"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="submit-dialog-title">{t('submit.title')}</h2>
      <div id="submit-dialog-text">
        <p>{unanswered ? t('submit.unanswered', { count: unanswered }) : t('submit.allAnswered')}</p>
        <p>{t('submit.final')}</p>
      </div>
      <div className="quiz-actions">
        <button type="button" onClick={onCancel}>
          {t('submit.cancel')}
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {t('submit.confirm')}
        </button>
      </div>
    </dialog>
  );
}
