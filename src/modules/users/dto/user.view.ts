import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, Locale, ROLES, Role, User } from '../user.entity';

/** What the API shows of a user: an explicit allow-list, so no hash or secret can slip out. */
export class UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ example: 'Łukasz Żółć' }) fullName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) institutionId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: Date;

  static of(user: User): UserView {
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      role: user.role,
      institutionId: user.institutionId,
      unitId: user.unitId,
      locale: user.locale,
      active: user.active,
      createdAt: user.createdAt,
    };
  }
}

/** A page of GET /users. */
export class UserPageView {
  @ApiProperty({ type: [UserView] }) items: UserView[];
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() total: number;
}
