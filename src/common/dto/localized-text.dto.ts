import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

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

type TextClass = typeof ShortText | typeof MediumText | typeof LongText;

/** A `{pl, en?, uk?}` field: validated as a nested object, documented in OpenAPI. */
export function LocalizedTextField(type: TextClass, options: { optional?: boolean; description?: string } = {}) {
  const doc = { type: () => type, description: options.description };
  return applyDecorators(
    ...(options.optional ? [ApiPropertyOptional(doc), IsOptional()] : [ApiProperty(doc), IsDefined()]),
    ValidateNested(),
    Type(() => type),
  );
}
