import { useSyncExternalStore } from 'react';
import { session, User } from './session';

/** The signed-in user; undefined while the first silent refresh runs, null when signed out. */
export function useUser(): User | null | undefined {
  return useSyncExternalStore(session.subscribe, () => session.snapshot().user);
}
