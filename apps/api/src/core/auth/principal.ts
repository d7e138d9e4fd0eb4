import { Role } from "@clea/schema";

/** One role of a user with its scope: national (both null), a network, or an establishment. */
export interface RoleGrant {
  role: Role;
  networkId: string | null;
  establishmentId: string | null;
}

/**
 * Who is calling, as established by the auth module for this request (from a valid, unrevoked
 * access token). Services ask it questions; they never read roles themselves.
 */
export class Principal {
  constructor(
    readonly userId: string,
    readonly email: string,
    readonly displayName: string,
    /** The refresh-token family this access token belongs to (revoked at sign-out). */
    readonly sessionId: string,
    readonly grants: readonly RoleGrant[],
  ) {}

  get roles(): Role[] {
    return [...new Set(this.grants.map((g) => g.role))];
  }

  has(...roles: Role[]): boolean {
    return this.grants.some((g) => roles.includes(g.role));
  }

  get isAdmin(): boolean {
    return this.has(Role.ADMIN);
  }

  /** Networks this user holds one of `roles` on (by a network-scoped grant). */
  networkIds(...roles: Role[]): string[] {
    return unique(this.grants.filter((g) => roles.includes(g.role) && g.networkId && !g.establishmentId).map((g) => g.networkId!));
  }

  /** Establishments this user holds one of `roles` on. */
  establishmentIds(...roles: Role[]): string[] {
    return unique(this.grants.filter((g) => roles.includes(g.role) && g.establishmentId).map((g) => g.establishmentId!));
  }

  /**
   * The roles this user holds over something of `networkId` held by `establishmentId`: national
   * grants, grants on that network, grants on that establishment.
   */
  rolesOver(networkId: string, establishmentId: string): Role[] {
    return unique(
      this.grants
        .filter((g) => (g.establishmentId ? g.establishmentId === establishmentId : !g.networkId || g.networkId === networkId))
        .map((g) => g.role),
    );
  }

  /** True when one of `roles` is held nationally (no network, no establishment). */
  national(...roles: Role[]): boolean {
    return this.grants.some((g) => roles.includes(g.role) && !g.networkId && !g.establishmentId);
  }
}

const unique = <T>(xs: T[]) => [...new Set(xs)];
