import type { Role } from '../auth/session';

/** The roles a user of this role may give or change, as the API allows (users.service.ts assignableRoles). */
export function grantableRoles(role: Role): Role[] {
  if (role === 'admin') return ['officer', 'trainer', 'institution_admin', 'admin'];
  if (role === 'institution_admin') return ['officer'];
  return [];
}
