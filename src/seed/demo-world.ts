import type { InstitutionType } from '../modules/institutions/institution.entity';
import type { Locale, Role } from '../modules/users/user.entity';

/**
 * The demo world of `npm run seed:demo`: Kraków's police, municipal guard, border
 * guard and social-welfare office with their units and people. Plain data, so the
 * seed, its printout and the tests all read the same list.
 *
 * Every demo account shares this password. It is published in the README and the
 * seed's output: demo and development databases only, never production.
 */
export const DEMO_PASSWORD = 'Mosty-demo-2026!';

/** Who the demo suggests trying first: an officer, and the coordinator of their institution who sees their progress. */
export const DEMO_TRY = { officer: 'lukasz.zolc@policja.demo.example', coordinator: 'malgorzata.wisniewska@policja.demo.example' } as const;

export interface DemoUnit {
  code: string;
  name: string;
}

export interface DemoInstitution {
  code: string;
  name: string;
  type: InstitutionType;
  units: readonly DemoUnit[];
}

export interface DemoUser {
  /** Under `.example` domains (RFC 2606), so no demo message can reach a real mailbox. */
  email: string;
  fullName: string;
  role: Role;
  locale: Locale;
  /** Institution code; none for platform admins and trainers, who work across institutions. */
  institution?: string;
  /** Unit code within the institution. */
  unit?: string;
}

export const DEMO_INSTITUTIONS: readonly DemoInstitution[] = [
  {
    code: 'KMP-KRAKOW',
    name: 'Komenda Miejska Policji w Krakowie',
    type: 'police',
    units: [
      { code: 'KP1', name: 'Komisariat Policji I w Krakowie' },
      { code: 'KP2', name: 'Komisariat Policji II w Krakowie' },
      { code: 'KP4', name: 'Komisariat Policji IV w Krakowie' },
      { code: 'KP-NH', name: 'Komisariat Policji Kraków-Nowa Huta' },
    ],
  },
  {
    code: 'SMMK',
    name: 'Straż Miejska Miasta Krakowa',
    type: 'municipal_guard',
    units: [
      { code: 'OD-SRODMIESCIE', name: 'Oddział Śródmieście' },
      { code: 'OD-NOWA-HUTA', name: 'Oddział Nowa Huta' },
      { code: 'OD-PODGORZE', name: 'Oddział Podgórze' },
      { code: 'OD-KROWODRZA', name: 'Oddział Krowodrza' },
    ],
  },
  {
    code: 'PSG-BALICE',
    name: 'Placówka Straży Granicznej w Krakowie-Balicach',
    type: 'border_guard',
    units: [
      { code: 'ODPRAWY', name: 'Sekcja odpraw granicznych' },
      { code: 'KLP', name: 'Grupa kontroli legalności pobytu cudzoziemców' },
    ],
  },
  {
    code: 'MOPS-KRAKOW',
    name: 'MOPS Kraków – Miejski Ośrodek Pomocy Społecznej w Krakowie',
    type: 'social_services',
    units: [
      { code: 'F-SRODMIESCIE', name: 'Filia Śródmieście' },
      { code: 'F-PODGORZE', name: 'Filia Podgórze' },
      { code: 'F-NOWA-HUTA', name: 'Filia Nowa Huta' },
      { code: 'CUDZOZIEMCY', name: 'Zespół ds. Integracji Cudzoziemców' },
    ],
  },
];

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@mosty.demo.example', fullName: 'Marta Sołtys', role: 'admin', locale: 'pl' },
  { email: 'agnieszka.dabrowska@mosty.demo.example', fullName: 'Agnieszka Dąbrowska', role: 'trainer', locale: 'pl' },
  { email: 'olena.szewczenko@mosty.demo.example', fullName: 'Olena Szewczenko', role: 'trainer', locale: 'uk' },

  { email: 'malgorzata.wisniewska@policja.demo.example', fullName: 'Małgorzata Wiśniewska', role: 'institution_admin', locale: 'pl', institution: 'KMP-KRAKOW' },
  { email: 'lukasz.zolc@policja.demo.example', fullName: 'Łukasz Żółć', role: 'officer', locale: 'pl', institution: 'KMP-KRAKOW', unit: 'KP1' },
  { email: 'grzegorz.brzeczyszczykiewicz@policja.demo.example', fullName: 'Grzegorz Brzęczyszczykiewicz', role: 'officer', locale: 'pl', institution: 'KMP-KRAKOW', unit: 'KP2' },
  { email: 'oksana.melnyk@policja.demo.example', fullName: 'Oksana Melnyk', role: 'officer', locale: 'uk', institution: 'KMP-KRAKOW', unit: 'KP4' },
  { email: 'pawel.kaczmarczyk@policja.demo.example', fullName: 'Paweł Kaczmarczyk', role: 'officer', locale: 'pl', institution: 'KMP-KRAKOW', unit: 'KP-NH' },

  { email: 'joanna.slusarczyk@strazmiejska.demo.example', fullName: 'Joanna Ślusarczyk', role: 'institution_admin', locale: 'pl', institution: 'SMMK' },
  { email: 'bartlomiej.zak@strazmiejska.demo.example', fullName: 'Bartłomiej Żak', role: 'officer', locale: 'pl', institution: 'SMMK', unit: 'OD-SRODMIESCIE' },
  { email: 'andrij.kowalenko@strazmiejska.demo.example', fullName: 'Andrij Kowalenko', role: 'officer', locale: 'uk', institution: 'SMMK', unit: 'OD-NOWA-HUTA' },
  { email: 'zofia.gasienica@strazmiejska.demo.example', fullName: 'Zofia Gąsienica', role: 'officer', locale: 'pl', institution: 'SMMK', unit: 'OD-PODGORZE' },
  { email: 'michal.lacki@strazmiejska.demo.example', fullName: 'Michał Łącki', role: 'officer', locale: 'pl', institution: 'SMMK', unit: 'OD-KROWODRZA' },

  { email: 'krzysztof.jablonski@strazgraniczna.demo.example', fullName: 'Krzysztof Jabłoński', role: 'institution_admin', locale: 'pl', institution: 'PSG-BALICE' },
  { email: 'aleksandra.wrobel@strazgraniczna.demo.example', fullName: 'Aleksandra Wróbel', role: 'officer', locale: 'pl', institution: 'PSG-BALICE', unit: 'ODPRAWY' },
  { email: 'serhij.tkaczenko@strazgraniczna.demo.example', fullName: 'Serhij Tkaczenko', role: 'officer', locale: 'uk', institution: 'PSG-BALICE', unit: 'ODPRAWY' },
  { email: 'weronika.szczesna@strazgraniczna.demo.example', fullName: 'Weronika Szczęsna', role: 'officer', locale: 'pl', institution: 'PSG-BALICE', unit: 'KLP' },

  { email: 'elzbieta.pawlowska@mops.demo.example', fullName: 'Elżbieta Pawłowska', role: 'institution_admin', locale: 'pl', institution: 'MOPS-KRAKOW' },
  { email: 'jadwiga.cwik@mops.demo.example', fullName: 'Jadwiga Ćwik', role: 'officer', locale: 'pl', institution: 'MOPS-KRAKOW', unit: 'F-SRODMIESCIE' },
  { email: 'iryna.bondarenko@mops.demo.example', fullName: 'Iryna Bondarenko', role: 'officer', locale: 'uk', institution: 'MOPS-KRAKOW', unit: 'CUDZOZIEMCY' },
  { email: 'halyna.lysenko@mops.demo.example', fullName: 'Halyna Łysenko', role: 'officer', locale: 'uk', institution: 'MOPS-KRAKOW', unit: 'F-NOWA-HUTA' },
  { email: 'stanislaw.pszczolka@mops.demo.example', fullName: 'Stanisław Pszczółka', role: 'officer', locale: 'pl', institution: 'MOPS-KRAKOW', unit: 'F-PODGORZE' },
];
