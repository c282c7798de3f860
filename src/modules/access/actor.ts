import { Role } from '../users/user.entity';

/** The authenticated caller, as the JWT strategy loads it on every request. */
export interface Actor {
  id: string;
  role: Role;
  institutionId: string | null;
  unitId: string | null;
  sessionId: string;
}
