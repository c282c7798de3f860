import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, PageQuery, pageOf } from '../../common/http/pagination';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { CertificateReportQuery, CompletionQuery, CourseUnitFilterQuery, OverdueQuery } from './dto/report.dto';
import { certificatesQuery, competenciesQuery, completionQuery, ListQuery, overdueQuery, paged, REPORT_TRANSACTION_SETTINGS, ReportScope, SqlQuery } from './report-queries';
import { DomainError } from '../../common/errors/domain-error';

type Row = Record<string, unknown>;

/**
 * The institution reports over HTTP. Institution admins read their own
 * institution, admins any; trainers read the figures of the courses they author
 * in any institution, but no list that names officers (403).
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async completion(actor: Actor, institutionId: string, query: CompletionQuery) {
    const scope = await this.scope(actor, institutionId);
    const rows = await this.run(completionQuery(institutionId, scope, query));
    const strip = ({ grouping, ...row }: Row, drop: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !drop.includes(k)));
    return {
      institutionId,
      byCourse: rows.filter((r) => r.grouping === 'course').map((r) => strip(r, ['unitId', 'unitName'])),
      byUnit: rows.filter((r) => r.grouping === 'unit').map((r) => strip(r, ['courseId', 'courseTitle'])),
    };
  }

  async overdue(actor: Actor, institutionId: string, query: OverdueQuery) {
    const scope = await this.namedScope(actor, institutionId);
    return this.page(overdueQuery(institutionId, scope, query, query.sort), query);
  }

  async certificates(actor: Actor, institutionId: string, query: CertificateReportQuery) {
    const scope = await this.namedScope(actor, institutionId);
    return this.page(certificatesQuery(institutionId, scope, query), query);
  }

  async competencies(actor: Actor, institutionId: string, query: CourseUnitFilterQuery) {
    const scope = await this.scope(actor, institutionId);
    return { institutionId, items: await this.run(competenciesQuery(institutionId, scope, query)) };
  }

  /**
   * The scope within an existing institution, through the access policy's
   * enrollment scope: a trainer's courses, or the whole institution for whoever
   * may read its enrollments; anyone else's institution is not found (404).
   */
  private async scope(actor: Actor, institutionId: string): Promise<ReportScope> {
    const scope = this.policy.scope(actor, 'enrollment', 'read');
    if (scope.kind !== 'courseOwner') this.policy.assertInstitution(scope, institutionId);
    const [found] = await this.dataSource.query(`SELECT 1 FROM institution WHERE id = $1`, [institutionId]);
    if (!found) throw new DomainError('institution-not-found', 'Institution not found');
    return scope.kind === 'courseOwner' ? { kind: 'courseOwner', ownerId: scope.ownerId } : { kind: 'institution' };
  }

  /** Lists that name officers: never for a trainer, who sees figures only. */
  private async namedScope(actor: Actor, institutionId: string): Promise<ReportScope> {
    const scope = await this.scope(actor, institutionId);
    if (scope.kind === 'courseOwner') throw new DomainError('officer-lists-forbidden', "Trainers see their courses' figures, not lists of officers");
    return scope;
  }

  /** Runs the queries in one read-only transaction with the reports' planner settings. */
  private runAll(queries: SqlQuery[]): Promise<Row[][]> {
    return this.dataSource.transaction(async (em) => {
      await em.query(REPORT_TRANSACTION_SETTINGS);
      const results: Row[][] = [];
      for (const query of queries) results.push(await em.query(query.sql, query.params));
      return results;
    });
  }

  private async run(query: SqlQuery): Promise<Row[]> {
    return (await this.runAll([query]))[0];
  }

  private async page(query: ListQuery, page: PageQuery): Promise<Page<Row>> {
    const [items, [{ n }]] = await this.runAll([paged(query, page.limit, page.offset), query.count]);
    return pageOf(items, n as number, page);
  }
}
