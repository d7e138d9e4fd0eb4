import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { ErrorCode } from "@clea/schema";
import { DomainError } from "../errors.js";

/**
 * Fields that check or set a password cost a slow hash each: an operation may hold only one of
 * them (aliases and fragments included), so that one request cannot try a list of passwords
 * past the throttle, nor make the server hash a hundred times.
 */
export const PASSWORD_FIELDS = ["signIn", "changePassword", "acceptInvitation"] as const;

function countRootFields(set: SelectionSetNode, info: GraphQLResolveInfo, names: ReadonlySet<string>, seen = new Set<string>()): number {
  let n = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) n += names.has(s.name.value) ? 1 : 0;
    else if (s.kind === Kind.INLINE_FRAGMENT) n += countRootFields(s.selectionSet, info, names, seen);
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const fragment = info.fragments[s.name.value];
      if (fragment) n += countRootFields(fragment.selectionSet, info, names, seen);
    }
  }
  return n;
}

export function assertOnePasswordFieldPerOperation(info: GraphQLResolveInfo): void {
  if (countRootFields(info.operation.selectionSet, info, new Set(PASSWORD_FIELDS)) > 1)
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      "Une requête ne peut contenir qu'une seule connexion ou opération sur un mot de passe.",
      { reason: "ONE_PASSWORD_FIELD_PER_OPERATION" },
    );
}
