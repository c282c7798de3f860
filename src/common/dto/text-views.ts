import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A text in Polish, and in English and Ukrainian where the author wrote them, as answers carry it. */
export class LocalizedTextView {
  @ApiProperty() pl: string;
  @ApiPropertyOptional() en?: string;
  @ApiPropertyOptional() uk?: string;
}

/** A link a lesson points to (a video, a document). */
export class MediaLinkView {
  @ApiProperty() url: string;
  @ApiPropertyOptional() title?: string;
}
