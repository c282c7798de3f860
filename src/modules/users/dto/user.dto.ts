import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PageQuery } from '../../../common/http/pagination';
import { IsNewPassword, PASSWORD_MIN_LENGTH } from '../password-policy';
import { LOCALES, Locale, ROLES, Role } from '../user.entity';

const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  @ApiProperty({ example: 'oksana.melnyk@mops.krakow.example', description: 'Unique regardless of letter case' })
  @Transform(normaliseEmail)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Łukasz Żółć' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH })
  @IsNewPassword()
  password: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Defaults to an institution admin's own institution" })
  @IsOptional()
  @IsUUID()
  institutionId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'pl' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ enum: ROLES, description: 'Admins only; the change is audited' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Admins only: move the user to another institution' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  institutionId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  unitId?: string | null;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ format: 'password', description: 'Sets a new password and signs the user out everywhere' })
  @IsOptional()
  @IsNewPassword()
  password?: string;
}

export class UserListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  institutionId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'Part of the name or e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class RosterImportError {
  @ApiProperty({ description: 'Line number in the file (the header is line 1)' }) line: number;
  @ApiPropertyOptional({ enum: ['email', 'fullName', 'unitCode', 'role'], description: 'The column at fault; absent when the line as a whole is malformed' })
  column?: 'email' | 'fullName' | 'unitCode' | 'role';
  @ApiPropertyOptional() email?: string;
  @ApiProperty() reason: string;
}

export class RosterImportResult {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty({ description: 'Rows that were not imported, by line number of the file', type: [RosterImportError] })
  errors: RosterImportError[];
}

