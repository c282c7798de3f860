import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ROLES = ['officer', 'trainer', 'institution_admin', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['pl', 'en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];

@Entity('user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case: e-mail addresses are unique regardless of letter case. */
  @Column('text')
  email: string;

  @Column('text')
  fullName: string;

  @Column('text')
  role: Role;

  @Column('uuid', { nullable: true })
  institutionId: string | null;

  @Column('uuid', { nullable: true })
  unitId: string | null;

  @Column('text')
  locale: Locale;

  @Column('boolean')
  active: boolean;

  @Column('text', { nullable: true, select: false })
  passwordHash: string | null;

  @Column('timestamptz', { nullable: true })
  passwordChangedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
