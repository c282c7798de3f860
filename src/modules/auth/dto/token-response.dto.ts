import { ApiProperty } from '@nestjs/swagger';
import { UserView } from '../../users/dto/user.view';

export class TokenResponse {
  @ApiProperty({ description: 'JWT (HS256) for the Authorization: Bearer header' })
  accessToken: string;

  @ApiProperty({ required: false, description: 'Opaque, single-use; exchange at POST /auth/refresh. Absent when it was set as the `mosty_refresh` cookie' })
  refreshToken?: string;

  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 })
  expiresIn: number;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ type: () => UserView })
  user: UserView;
}
