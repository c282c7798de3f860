import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const INSTITUTION_TYPES = ['police', 'municipal_guard', 'border_guard', 'social_services', 'other'] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

@Entity('institution')
export class Institution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  type: InstitutionType;

  @Column('text')
  code: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
