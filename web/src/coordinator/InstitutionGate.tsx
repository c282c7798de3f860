import { ReactNode } from 'react';
import { ErrorMessage, Loading } from '../common/ErrorMessage';
import { useMe } from './data';

/** Renders its children with the coordinator's own institution, once GET /auth/me has told which it is. */
export function InstitutionGate({ children }: { children: (institutionId: string) => ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data.institutionId) return null;
  return <>{children(me.data.institutionId)}</>;
}
