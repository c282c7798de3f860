import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** `{pl, en?, uk?}`: Polish is required, the other languages are optional. */
export function localizedTextDto(maxLength: number) {
  class LocalizedTextDto {
    @ApiProperty({ maxLength, example: 'Komunikacja międzykulturowa' })
    @IsString()
    @IsNotEmpty()
    @MaxLength(maxLength)
    pl: string;

    @ApiPropertyOptional({ maxLength })
    @IsOptional()
    @IsString()
    @IsNotEmpty()
    @MaxLength(maxLength)
    en?: string;

    @ApiPropertyOptional({ maxLength })
    @IsOptional()
    @IsString()
    @IsNotEmpty()
    @MaxLength(maxLength)
    uk?: string;
  }
  return LocalizedTextDto;
}

export class ShortText extends localizedTextDto(300) {}
export class MediumText extends localizedTextDto(5_000) {}
export class LongText extends localizedTextDto(100_000) {}
