import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { EXPORT_FORMATS, EXPORT_KINDS, EXPORT_SEPARATORS, type ExportFormat, type ExportKind, type ExportSeparator } from '../report-export.entity';

export class ExportFiltersDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 3650, description: 'certificates: only those expiring within N days (expired ones included)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  expiringWithinDays?: number;
}

export class CreateExportDto {
  @ApiProperty({ enum: EXPORT_KINDS })
  @IsIn(EXPORT_KINDS)
  kind: ExportKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  institutionId: string;

  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;

  @ApiPropertyOptional({ type: ExportFiltersDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExportFiltersDto)
  filters?: ExportFiltersDto;

  @ApiPropertyOptional({ enum: EXPORT_SEPARATORS, default: ',', description: 'CSV only; `;` for Excel set to Polish' })
  @IsOptional()
  @IsIn(EXPORT_SEPARATORS)
  separator?: ExportSeparator;
}
