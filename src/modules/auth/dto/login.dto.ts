import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNewPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../users/password-policy';

export class LoginDto {
  @ApiProperty({ example: 'anna.kowalska@policja.krakow.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @ApiProperty({
    required: false,
    default: false,
    description:
      'For browsers: the refresh token is set as the HttpOnly, SameSite=Strict cookie `mosty_refresh` (Path=/api/v1/auth; Secure where PUBLIC_BASE_URL is https) instead of being in the body, so no script can read it',
  })
  @IsOptional()
  @IsBoolean()
  refreshTokenCookie?: boolean;
}

export class RefreshDto {
  @ApiProperty({
    required: false,
    description: 'The refresh token from login or the previous refresh; it can be used once. Without it, the `mosty_refresh` cookie is used, and the new token is set there',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH })
  @IsNewPassword()
  newPassword: string;
}
