import { ApolloLink, Observable, execute, gql, type FetchResult } from "@apollo/client/core";
import { describe, expect, it, vi } from "vitest";
import { createAuthLink, isUnauthenticated } from "./auth-link.ts";

const QUERY = gql`
  query Networks {
    networks {
      totalCount
    }
  }
`;
const unauthenticated: FetchResult = {
  errors: [{ message: "Vous devez être connecté.", extensions: { code: "UNAUTHENTICATED" } }] as never,
};
const ok: FetchResult = { data: { networks: { totalCount: 3 } } };

/** The auth link in front of a fake server that answers from a script and records the headers. */
function setup(answers: (FetchResult | Error)[], refreshResult = true) {
  let token = "tok-1";
  const session = {
    token: vi.fn(async () => token),
    refresh: vi.fn(async () => {
      if (refreshResult) token = `tok-${Number(token.slice(4)) + 1}`;
      return refreshResult;
    }),
  };
  const seen: (string | undefined)[] = [];
  const server = new ApolloLink(
    (operation) =>
      new Observable<FetchResult>((observer) => {
        seen.push((operation.getContext().headers as Record<string, string> | undefined)?.authorization);
        const answer = answers.shift() ?? ok;
        setTimeout(() => {
          if (answer instanceof Error) observer.error(answer);
          else {
            observer.next(answer);
            observer.complete();
          }
        }, 0);
      }),
  );
  const link = ApolloLink.from([createAuthLink(session), server]);
  const run = () =>
    new Promise<{ result?: FetchResult; error?: unknown }>((resolve) => {
      const results: FetchResult[] = [];
      execute(link, { query: QUERY }).subscribe({
        next: (r) => results.push(r),
        error: (error) => resolve({ error }),
        complete: () => resolve({ result: results.at(-1) }),
      });
    });
  return { session, seen, run };
}

describe("auth link", () => {
  it("adds Authorization: Bearer <access token>", async () => {
    const { seen, run } = setup([ok]);
    expect((await run()).result).toEqual(ok);
    expect(seen).toEqual(["Bearer tok-1"]);
  });

  it("on UNAUTHENTICATED, refreshes once and sends the operation again with the new token", async () => {
    const { seen, run, session } = setup([unauthenticated, ok]);
    expect((await run()).result).toEqual(ok);
    expect(session.refresh).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(["Bearer tok-1", "Bearer tok-2"]);
  });

  it("retries only once: a second UNAUTHENTICATED is passed on", async () => {
    const { seen, run, session } = setup([unauthenticated, unauthenticated]);
    expect((await run()).result).toEqual(unauthenticated);
    expect(session.refresh).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(2);
  });

  it("when the session cannot be renewed, passes the first answer on without retrying", async () => {
    const { seen, run, session } = setup([unauthenticated], false);
    expect((await run()).result).toEqual(unauthenticated);
    expect(session.refresh).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(1);
  });

  it("treats an HTTP 401 (network error with the GraphQL body) the same way", async () => {
    const http401 = Object.assign(new Error("Response not successful: Received status code 401"), {
      statusCode: 401,
      result: unauthenticated,
    });
    const { seen, run } = setup([http401, ok]);
    expect((await run()).result).toEqual(ok);
    expect(seen).toEqual(["Bearer tok-1", "Bearer tok-2"]);
  });

  it("does not refresh on other errors", async () => {
    const forbidden: FetchResult = { errors: [{ message: "Interdit", extensions: { code: "FORBIDDEN" } }] as never };
    const { run, session } = setup([forbidden]);
    expect((await run()).result).toEqual(forbidden);
    expect(session.refresh).not.toHaveBeenCalled();
    expect(isUnauthenticated(forbidden)).toBe(false);
  });
});
