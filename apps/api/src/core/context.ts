import { randomUUID } from "node:crypto";
import DataLoader from "dataloader";
import type { Request, Response } from "express";
import type { DataSource, EntityManager } from "typeorm";
import type { Principal } from "./auth/principal.js";

/** The HTTP exchange behind a request, when there is one (not for scripts and jobs). */
export interface HttpExchange {
  req: Request;
  res: Response;
  /** Client address as seen by the server (used for sign-in throttling and the audit trail). */
  ip: string;
}

/**
 * What every service receives first: who asks (from the auth issue on), the request id that
 * links logs and errors, the database, and the request's DataLoaders.
 */
export class RequestContext {
  readonly requestId: string;
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(
    readonly ds: DataSource,
    requestId?: string,
    /** Set inside `transaction()`: services use it instead of the data source's manager. */
    readonly em: EntityManager = ds.manager,
    /** The signed-in caller; undefined for anonymous requests (and for system work such as seeds). */
    public principal?: Principal,
    readonly http?: HttpExchange,
  ) {
    this.requestId = requestId ?? randomUUID();
  }

  /** One DataLoader per name and request: batching across a query, no cache across requests. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    let l = this.loaders.get(name);
    if (!l) {
      l = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.loaders.set(name, l);
    }
    return l as DataLoader<K, V>;
  }

  /**
   * Forgets what this request's loaders have read: after a mutation commits, the fields it
   * returns (and a later mutation of the same document) see the new state.
   */
  clearLoaders(): void {
    this.loaders.forEach((l) => l.clearAll());
  }

  /** Runs `work` in one transaction; everything it writes commits together or not at all. */
  async transaction<T>(work: (tx: RequestContext) => Promise<T>): Promise<T> {
    if (this.em.queryRunner?.isTransactionActive) return work(this);
    return this.ds.transaction((em) => {
      const tx = new RequestContext(this.ds, this.requestId, em, this.principal, this.http);
      return work(tx);
    });
  }
}
