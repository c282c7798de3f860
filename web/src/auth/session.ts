import type { components } from '../api/schema';

export type User = components['schemas']['UserView'];
export type Role = User['role'];

interface TokenResponse {
  accessToken: string;
  expiresIn: number;
  user: User;
}

interface SessionState {
  /** Undefined until the first silent refresh has answered; null when signed out. */
  user: User | null | undefined;
}

/**
 * The signed-in session. The access token lives only in this module's memory; the refresh
 * token is an HttpOnly cookie no script can read (POST /auth/login with refreshTokenCookie).
 * Refreshes are serialised across tabs with the Web Locks API: the refresh token is
 * single-use, and two tabs presenting the same one would revoke the session.
 */
let accessToken: string | null = null;
let state: SessionState = { user: undefined };
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | undefined;
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('mosty-session');

channel?.addEventListener('message', (event: MessageEvent<string>) => {
  // Another tab signed out: this one's token belongs to the same (now ended) session.
  if (event.data === 'signed-out') setSignedOut();
});

function publish(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

export const session = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  snapshot: (): SessionState => state,
  token: (): string | null => accessToken,
};

function signedIn(tokens: TokenResponse) {
  accessToken = tokens.accessToken;
  clearTimeout(refreshTimer);
  // A minute before the access token expires (or half its life, if shorter).
  const inMs = Math.max(5_000, Math.min(tokens.expiresIn * 500, (tokens.expiresIn - 60) * 1000));
  refreshTimer = setTimeout(() => void refresh(), inMs);
  publish({ user: tokens.user });
}

function setSignedOut() {
  accessToken = null;
  clearTimeout(refreshTimer);
  publish({ user: null });
}

async function post(path: string, body?: unknown): Promise<Response> {
  return fetch(`/api/v1/auth/${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Signs in; the refresh token goes into the cookie. Returns the response for the page to explain a refusal. */
export async function signIn(email: string, password: string): Promise<Response> {
  const response = await post('login', { email, password, refreshTokenCookie: true });
  if (response.ok) signedIn((await response.clone().json()) as TokenResponse);
  return response;
}

/** A new access token from the cookie; false when the session has ended (then signed out). */
export function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const run = async () => {
        const response = await post('refresh', {});
        if (!response.ok) {
          setSignedOut();
          return false;
        }
        signedIn((await response.json()) as TokenResponse);
        return true;
      };
      return navigator.locks ? await navigator.locks.request('mosty-refresh', run) : await run();
    } catch {
      // Offline: keep what we have; the next request will tell.
      if (state.user === undefined) publish({ user: null });
      return false;
    } finally {
      refreshing = undefined;
    }
  })();
  return refreshing;
}

export async function signOut(everywhere = false): Promise<void> {
  try {
    await post(everywhere ? 'logout-everywhere' : 'logout');
  } finally {
    setSignedOut();
    channel?.postMessage('signed-out');
  }
}
