import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from "typeorm";
import { Network } from "../network/index.js";
import { User } from "../user/index.js";
import type { ImportKind } from "./import.columns.js";
import { Scoped } from "../../core/scope.js";
import { importJobScope } from "./import-job.scope.js";

export const ImportJobStatus = { RUNNING: "RUNNING", SUCCEEDED: "SUCCEEDED", FAILED: "FAILED" } as const;
export type ImportJobStatus = (typeof ImportJobStatus)[keyof typeof ImportJobStatus];

/**
 * One real import sent through the upload route (ADR 0008). The import itself is one
 * transaction; this row is written OUTSIDE it, from another pooled connection, so that the
 * progress (`processed` of `total`) is readable by any API instance while the transaction runs,
 * and the outcome (the report, or the refusal) stays once it ends. Its id is chosen by the client
 * (a UUID) so that it can poll before the upload's answer arrives.
 */
@Scoped(importJobScope)
@Entity("import_job")
@Check("CHK_import_job_status", `"status" IN ('RUNNING','SUCCEEDED','FAILED')`)
@Check("CHK_import_job_kind", `"kind" IN ('ESTABLISHMENTS','STAFF')`)
@Check("CHK_import_job_progress", `"processed" >= 0 AND "total" >= 0`)
export class ImportJob {
  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ type: "varchar", length: 20 })
  kind: ImportKind;

  @Column({ type: "varchar", length: 10 })
  status: ImportJobStatus;

  /** Lines written so far (inside the still-open transaction: nothing is visible until it commits). */
  @Column({ type: "int", default: 0 })
  processed: number;

  /** Data lines of the file (0 until the file is read). */
  @Column({ type: "int", default: 0 })
  total: number;

  /** The final report (SUCCEEDED) or the refusal `{ code, message, problems }` (FAILED). */
  @Column({ type: "jsonb", nullable: true })
  outcome: Record<string, unknown> | null;

  @Index("IDX_import_job_created_by")
  @Column({ type: "uuid", nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "createdById", foreignKeyConstraintName: "FK_import_job_created_by" })
  createdBy?: Relation<User>;

  @Index("IDX_import_job_network")
  @Column({ type: "uuid" })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: "CASCADE" })
  @JoinColumn({ name: "networkId", foreignKeyConstraintName: "FK_import_job_network" })
  network?: Relation<Network>;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  finishedAt: Date | null;
}
