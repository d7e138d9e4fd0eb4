import { Role } from "@clea/schema";
import { networkOrEstablishmentRule, type ScopeRule } from "../../core/scope.js";

/**
 * The rule of a dossier and of everything that belongs to one (history, evaluations, training
 * paths, funding lines, jury presentations, certificates): visible nationally (ADMIN, national
 * ANALYST), in its network (NETWORK_MANAGER, network ANALYST), to its establishment's staff — and
 * to juries once the dossier has been presented to a jury session (what a jury decides on, nothing
 * else). `columns` give the row's network, establishment and dossier as SQL on its alias.
 */
export function dossierRule(columns: {
  network: (alias: string) => string;
  establishment: (alias: string) => string;
  dossier: (alias: string) => string;
}): ScopeRule {
  const staffRule = networkOrEstablishmentRule({ network: columns.network, establishment: columns.establishment });
  return (principal, alias) => {
    const staff = staffRule(principal, alias);
    if (staff === "ALL" || !principal.national(Role.JURY)) return staff;
    const presented = `EXISTS (SELECT 1 FROM jury_submission js_scope WHERE js_scope."dossierId" = ${columns.dossier(alias)})`;
    if (staff === "NONE") return { sql: presented, params: {} };
    return { sql: `(${staff.sql}) OR ${presented}`, params: staff.params };
  };
}

/** For rows carrying `networkId`, `establishmentId` and `dossierId` columns. */
export const dossierChildRule = dossierRule({
  network: (a) => `${a}."networkId"`,
  establishment: (a) => `${a}."establishmentId"`,
  dossier: (a) => `${a}."dossierId"`,
});

/** A dossier (declared on the entity, dossier.entity.ts). */
export const dossierScope = dossierRule({
  network: (a) => `${a}."networkId"`,
  establishment: (a) => `${a}."establishmentId"`,
  dossier: (a) => `${a}.id`,
});
/** An event of a dossier's history: its establishment is its dossier's. */
export const dossierEventScope = dossierRule({
  network: (a) => `${a}."networkId"`,
  establishment: (a) => `(SELECT d_scope."establishmentId" FROM dossier d_scope WHERE d_scope.id = ${a}."dossierId")`,
  dossier: (a) => `${a}."dossierId"`,
});
