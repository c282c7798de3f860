import { AuditEvent } from '../modules/audit/audit-event.entity';
import { AuthSession } from '../modules/auth/auth-session.entity';
import { RefreshToken } from '../modules/auth/refresh-token.entity';
import { Institution } from '../modules/institutions/institution.entity';
import { Unit } from '../modules/institutions/unit.entity';
import { OutboxMessage } from '../modules/outbox/outbox-message.entity';
import { User } from '../modules/users/user.entity';

export const ENTITIES = [Institution, Unit, User, AuthSession, RefreshToken, AuditEvent, OutboxMessage];
