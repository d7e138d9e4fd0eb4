import { ApolloLink, Observable, type FetchResult, type Operation } from "@apollo/client/core";
import type { Session } from "./session.ts";

/** True when a GraphQL answer (or the body of a non-2xx answer) says the caller is not signed in. */
export function isUnauthenticated(value: unknown): boolean {
  const v = value as {
    errors?: readonly { extensions?: { code?: unknown } | null }[];
    statusCode?: number;
    result?: { errors?: readonly { extensions?: { code?: unknown } | null }[] };
  } | null;
  if (!v) return false;
  if (v.statusCode === 401) return true;
  const errors = v.errors ?? v.result?.errors ?? [];
  return errors.some((e) => e?.extensions?.code === "UNAUTHENTICATED");
}

/**
 * Adds `Authorization: Bearer <access token>` to every operation. When the API answers
 * UNAUTHENTICATED (token expired or revoked), refreshes the session once and sends the operation
 * again; if the session cannot be renewed, `session.end("expired")` has already been called (the
 * router then shows the sign-in page) and the first answer is passed on.
 */
export function createAuthLink(session: Pick<Session, "token" | "refresh">): ApolloLink {
  return new ApolloLink(
    (operation: Operation, forward) =>
      new Observable<FetchResult>((observer) => {
        let sub: { unsubscribe(): void } | null = null;
        let closed = false;

        const send = (token: string | null, retry: boolean) => {
          if (closed) return;
          operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => {
            const next = { ...headers };
            if (token) next.authorization = `Bearer ${token}`;
            else delete next.authorization;
            return { headers: next };
          });
          let handled = false;
          const again = (original: () => void) => {
            handled = true;
            sub?.unsubscribe();
            session
              .refresh()
              .then(async (ok) => {
                if (closed) return;
                if (ok) send(await session.token(), false);
                else original();
              })
              .catch(() => original());
          };
          sub = forward(operation).subscribe({
            next(result) {
              if (retry && isUnauthenticated(result)) again(() => (observer.next(result), observer.complete()));
              else observer.next(result);
            },
            error(err) {
              if (retry && isUnauthenticated(err)) again(() => observer.error(err));
              else observer.error(err);
            },
            complete() {
              if (!handled) observer.complete();
            },
          });
        };

        session
          .token()
          .then((token) => send(token, true))
          .catch(() => send(null, true));

        return () => {
          closed = true;
          sub?.unsubscribe();
        };
      }),
  );
}
