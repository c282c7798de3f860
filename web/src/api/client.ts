import createClient from 'openapi-fetch';
import { refresh, session } from '../auth/session';
import { OfflineError, problemFrom } from './problem';
import type { paths } from './schema';

/**
 * Every request of the app: the bearer token attached, and on a 401 one silent refresh
 * and a retry (the access token lives 15 minutes). Errors become ProblemError or
 * OfflineError, so pages show the API's words, never a blank page.
 */
export async function apiFetch(input: Request): Promise<Response> {
  const attempt = async (request: Request) => {
    const token = session.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    try {
      return await fetch(request);
    } catch (error) {
      throw new OfflineError(error);
    }
  };
  const retry = input.clone();
  let response = await attempt(input);
  if (response.status === 401 && session.token() !== null && (await refresh())) response = await attempt(retry);
  if (!response.ok) throw await problemFrom(response);
  return response;
}

export const api = createClient<paths>({ baseUrl: '', fetch: apiFetch });

/** The data of an openapi-fetch result (errors were already thrown by apiFetch). */
export function data<T>(result: { data?: T }): T {
  return result.data as T;
}
