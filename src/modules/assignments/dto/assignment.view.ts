import type { Assignment } from '../assignment.entity';

/** An allow-list of the assignment's fields. */
export function assignmentView(a: Assignment) {
  return {
    id: a.id,
    courseId: a.courseId,
    target: a.target,
    institutionId: a.institutionId,
    unitId: a.unitId,
    userIds: a.userIds,
    dueAt: a.dueAt,
    createdBy: a.createdBy,
    createdAt: a.createdAt,
  };
}
