import { ComponentType, lazy, ReactElement, Suspense } from 'react';
import { Loading } from './ErrorMessage';

/**
 * A page loaded with its own chunk when first opened, so the first load stays small on a
 * phone: an officer never downloads the coordinator's pages, nor the Markdown renderer
 * before opening a lesson.
 */
export function lazyPage(load: () => Promise<ComponentType>): ReactElement {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}
