import { ReactNode, useEffect, useRef } from 'react';

/**
 * A page's heading and the document's title. The heading takes focus when the page
 * opens, so a screen reader announces where a link led (single-page apps otherwise stay silent).
 */
export function Page({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Mosty`;
    heading.current?.focus();
  }, [title]);
  return (
    <section className="page">
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions}
      </div>
      {children}
    </section>
  );
}
