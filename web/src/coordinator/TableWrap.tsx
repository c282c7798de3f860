import { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone inside its own box (the page itself
 * never does). Focusable and named, so a keyboard user can scroll it too.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
