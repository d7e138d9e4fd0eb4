import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import type { AuditAction } from "@clea/schema";
import { Unscoped } from "../../core/scope.js";

/**
 * One act recorded in the audit trail. Append-only: the migration that creates the table adds
 * triggers that refuse UPDATE, DELETE and TRUNCATE (`audit_event_is_append_only`), so neither the
 * application nor a mistaken script can rewrite history.
 *
 * Not a GraphQL type (see audit.types.ts): what a reader sees of an event depends on their role.
 * No foreign keys: an event outlives the user, network or row it is about, and a cascade would
 * have to delete events, which the table refuses.
 */
@Unscoped(
  "Read only through auditService.list, which refuses all but ADMIN and network managers and narrows the latter to their networks (the trail has no scope rule of its own).",
)
@Entity("audit_event")
@Index("IDX_audit_event_occurred_at", ["occurredAt", "id"])
@Index("IDX_audit_event_network_occurred_at", ["networkId", "occurredAt"])
@Index("IDX_audit_event_actor_occurred_at", ["actorId", "occurredAt"])
@Index("IDX_audit_event_entity", ["entityType", "entityId"])
export class AuditEvent {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Millisecond precision, so that the keyset cursor (a JS Date) designates exactly one instant. */
  @Column({ type: "timestamptz", precision: 3, default: () => "now()" })
  occurredAt: Date;

  /** The user who acted; null for system work and for a failed sign-in. */
  @Column({ type: "uuid", nullable: true })
  actorId: string | null;

  /** The actor's roles at the time, comma-separated (e.g. `ADMIN` or `ADVISOR,EVALUATOR`). */
  @Column({ type: "text", nullable: true })
  actorRole: string | null;

  @Column({ type: "varchar", length: 40 })
  action: AuditAction;

  /** What the act is about: an entity name (`Network`, `User`…) and its id. */
  @Column({ type: "varchar", length: 60 })
  entityType: string;

  @Column({ type: "varchar", length: 100, nullable: true })
  entityId: string | null;

  /** Names of the fields the act changed; never their values. */
  @Column({ type: "text", array: true, default: () => "'{}'" })
  changedFields: string[];

  @Column({ type: "varchar", length: 100 })
  requestId: string;

  /** The network and establishment the event is about, so that their managers can read it. */
  @Column({ type: "uuid", nullable: true })
  networkId: string | null;

  @Column({ type: "uuid", nullable: true })
  establishmentId: string | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  ip: string | null;
}
