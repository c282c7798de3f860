import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/http/pagination';
import { INSTITUTION_TYPES, InstitutionType } from '../institution.entity';

export const CODE_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
const CODE_MESSAGE = 'code may hold 1–40 letters, digits, - and _';

export class CreateInstitutionDto {
  @ApiProperty({ example: 'Komenda Miejska Policji w Krakowie' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: INSTITUTION_TYPES })
  @IsIn(INSTITUTION_TYPES)
  type: InstitutionType;

  @ApiProperty({ example: 'KMP-KRK', description: 'Short unique code (case-insensitive)' })
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code: string;
}

export class UpdateInstitutionDto extends PartialType(CreateInstitutionDto) {}

export class CreateUnitDto {
  @ApiProperty({ example: 'Komisariat Policji I w Krakowie' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'KP1', description: 'Unique within the institution (case-insensitive); the roster CSV refers to it' })
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code: string;
}

export class UpdateUnitDto extends PartialType(CreateUnitDto) {}

export class InstitutionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: INSTITUTION_TYPES }) type: InstitutionType;
  @ApiProperty() code: string;
}

export class UnitView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) institutionId: string;
  @ApiProperty() name: string;
  @ApiProperty() code: string;
}

class PageFields {
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() total: number;
}

export class UnitPageView extends PageFields {
  @ApiProperty({ type: [UnitView] }) items: UnitView[];
}

export class InstitutionPageView extends PageFields {
  @ApiProperty({ type: [InstitutionView] }) items: InstitutionView[];
}

export class InstitutionListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: INSTITUTION_TYPES })
  @IsOptional()
  @IsIn(INSTITUTION_TYPES)
  type?: InstitutionType;
}
