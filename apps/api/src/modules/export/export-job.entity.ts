import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from "typeorm";
import { ExportList } from "@clea/schema";
import { Network } from "../network/index.js";
import { User } from "../user/index.js";
import { ExportFormat } from "./export.format.js";
import { Scoped } from "../../core/scope.js";
import { exportJobScope } from "./export-job.scope.js";

export const ExportJobStatus = {
  QUEUED: "QUEUED",
  RUNNING: "RUNNING",
  SUCCEEDED: "SUCCEEDED",
  FAILED: "FAILED",
  CANCELLED: "CANCELLED",
} as const;
export type ExportJobStatus = (typeof ExportJobStatus)[keyof typeof ExportJobStatus];

/** The file formats (a module without TypeORM: the export worker loads it). */
export { ExportFormat };

/** The lists one may export: packages/schema (shared with the SPA). */
export { ExportList };

/**
 * One export of a list (ADR 0015). A small export, streamed at once in the HTTP answer, leaves a
 * SUCCEEDED row without file (`background` false) so that its audit event names it; a large one
 * is a graphile-worker job whose row carries its progress, then the file kept for 7 days.
 */
@Scoped(exportJobScope)
@Entity("export_job")
@Check("CHK_export_job_status", `"status" IN ('QUEUED','RUNNING','SUCCEEDED','FAILED','CANCELLED')`)
@Check("CHK_export_job_format", `"format" IN ('CSV','XLSX')`)
@Check("CHK_export_job_progress", `"processed" >= 0 AND "total" >= 0`)
@Index("IDX_export_job_expires", ["expiresAt"], { where: `"fileName" IS NOT NULL` })
export class ExportJob {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "varchar", length: 20 })
  list: ExportList;

  @Column({ type: "varchar", length: 4 })
  format: ExportFormat;

  /** Decimal comma and dd/mm/yyyy dates (CSV) instead of 12.5 and 2026-06-15. */
  @Column({ type: "boolean", default: false })
  frenchFormats: boolean;

  /** The list's filter as given (validated before the row is written). */
  @Column({ type: "jsonb", default: () => "'{}'" })
  filter: Record<string, unknown>;

  /** False: streamed at once in the HTTP answer; true: a background job leaving a file. */
  @Column({ type: "boolean", default: true })
  background: boolean;

  @Column({ type: "varchar", length: 10 })
  status: ExportJobStatus;

  /** Rows written so far. */
  @Column({ type: "int", default: 0 })
  processed: number;

  /** Rows counted in scope when the export started. */
  @Column({ type: "int", default: 0 })
  total: number;

  @Index("IDX_export_job_requested_by")
  @Column({ type: "uuid", nullable: true })
  requestedById: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "requestedById", foreignKeyConstraintName: "FK_export_job_requested_by" })
  requestedBy?: Relation<User>;

  /** The requester's network when they act within one (null for national roles). */
  @Index("IDX_export_job_network")
  @Column({ type: "uuid", nullable: true })
  networkId: string | null;

  @ManyToOne(() => Network, { onDelete: "CASCADE" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_export_job_network" })
  network?: Relation<Network>;

  /** The file's name inside `<CLEA_DATA_DIR>/exports` (null until written, and after the purge). */
  @Column({ type: "varchar", length: 100, nullable: true })
  fileName: string | null;

  @Column({ type: "text", nullable: true })
  errorMessage: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  finishedAt: Date | null;

  /** The file is downloadable until then (finishedAt + 7 days), then purged. */
  @Column({ type: "timestamptz", nullable: true })
  expiresAt: Date | null;
}
