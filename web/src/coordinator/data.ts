import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import type { components } from '../api/schema';

export type Schemas = components['schemas'];
export type Unit = Schemas['UnitView'];
/** Coordinators see published courses only. */
export type Course = Schemas['PublishedCourseView'];
export type LocalizedText = Schemas['ShortText'];

/** The signed-in coordinator as the API knows them now: whose institution every page shows. */
export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: async () => data(await api.GET('/api/v1/auth/me')), staleTime: Infinity });
}

/** Every page of a paged list (limit 100 is the API's maximum): units and courses are few, but may be more than one page. */
export async function allPages<T>(fetchPage: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchPage(page);
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= result.total) return items;
  }
}

export function useUnits(institutionId: string) {
  return useQuery({
    queryKey: ['units', institutionId],
    queryFn: () =>
      allPages(async (page) => data(await api.GET('/api/v1/institutions/{id}/units', { params: { path: { id: institutionId }, query: { page, limit: 100 } } }))),
  });
}

/** Published courses meant for the coordinator's institution. */
export function usePublishedCourses() {
  return useQuery({
    queryKey: ['courses', 'published'],
    queryFn: () => allPages(async (page) => data(await api.GET('/api/v1/courses', { params: { query: { page, limit: 100, status: 'published' } } }))),
  });
}

