import type { Role } from '../auth/session';

export interface NavItem {
  to: string;
  /** A key of common.json. */
  label: string;
}

/** What each role sees in the top navigation, in the order they use it. */
const NAVIGATION: Record<Role, NavItem[]> = {
  officer: [
    { to: '/training', label: 'nav.training' },
    { to: '/certificates', label: 'nav.certificates' },
    { to: '/notifications', label: 'nav.notifications' },
  ],
  institution_admin: [
    { to: '/dashboard', label: 'nav.dashboard' },
    { to: '/people', label: 'nav.people' },
    { to: '/units', label: 'nav.units' },
    { to: '/assign', label: 'nav.assign' },
    { to: '/exports', label: 'nav.exports' },
    { to: '/training', label: 'nav.training' },
    { to: '/certificates', label: 'nav.certificates' },
    { to: '/notifications', label: 'nav.notifications' },
  ],
  trainer: [
    { to: '/authoring/courses', label: 'trainerNav.courses' },
    { to: '/banks', label: 'trainerNav.banks' },
    { to: '/grading', label: 'trainerNav.grading' },
    { to: '/notifications', label: 'nav.notifications' },
  ],
  admin: [{ to: '/notifications', label: 'nav.notifications' }],
};

export function navigationFor(role: Role): NavItem[] {
  return NAVIGATION[role];
}

/** Where `/` leads after sign-in. */
export function homeFor(role: Role): string {
  return NAVIGATION[role][0].to;
}
