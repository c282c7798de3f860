import { ApiProperty } from '@nestjs/swagger';
import { ASSIGNMENT_TARGETS, type Assignment, type AssignmentTarget } from '../assignment.entity';

/** An allow-list of the assignment's fields. */
export function assignmentView(a: Assignment): AssignmentView {
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

/** The OpenAPI shape of assignmentView. */
export class AssignmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ enum: ASSIGNMENT_TARGETS }) target: AssignmentTarget;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) institutionId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ type: [String], description: 'target "users": who' }) userIds: string[];
  @ApiProperty({ type: String, format: 'date-time' }) dueAt: Date;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
}

export class AssignmentCreatedView extends AssignmentView {
  @ApiProperty() courseVersion: number;
  @ApiProperty({ description: 'New enrollments; people already enrolled in the course get none' }) enrollmentsCreated: number;
}

export class AssignmentPageView {
  @ApiProperty({ type: [AssignmentView] }) items: AssignmentView[];
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() total: number;
}
