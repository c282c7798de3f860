import { AuditEvent } from '../modules/audit/audit-event.entity';
import { AuthSession } from '../modules/auth/auth-session.entity';
import { RefreshToken } from '../modules/auth/refresh-token.entity';
import { Institution } from '../modules/institutions/institution.entity';
import { Unit } from '../modules/institutions/unit.entity';
import { OutboxMessage } from '../modules/outbox/outbox-message.entity';
import { User } from '../modules/users/user.entity';
import { Course } from '../modules/courses/course.entity';
import { CourseModule } from '../modules/courses/course-module.entity';
import { CourseVersion } from '../modules/courses/course-version.entity';
import { CourseVersionErratum } from '../modules/courses/course-version-erratum.entity';
import { Assignment } from '../modules/assignments/assignment.entity';
import { Attempt } from '../modules/attempts/attempt.entity';
import { Enrollment } from '../modules/enrollments/enrollment.entity';
import { ModuleProgress } from '../modules/enrollments/module-progress.entity';
import { Question } from '../modules/questions/question.entity';
import { QuestionBank } from '../modules/questions/question-bank.entity';

export const ENTITIES = [Institution, Unit, User, AuthSession, RefreshToken, AuditEvent, OutboxMessage, QuestionBank, Question, Course, CourseModule, CourseVersion, CourseVersionErratum, Assignment, Enrollment, ModuleProgress, Attempt];
