import { ApolloClient, HttpLink, InMemoryCache, from } from "@apollo/client/core";
import { createAuthLink } from "./session/auth-link.ts";
import type { Session } from "./session/session.ts";

/**
 * One client for the SPA. Lists read `cache-and-network` so that a record created on one screen
 * shows on the list you come back to; connections are cached per set of arguments. Every
 * operation carries the session's access token (auth-link.ts); the refresh cookie travels too
 * (same origin), and the cache is emptied when the session ends.
 */
export function createApolloClient(session: Pick<Session, "token" | "refresh">, uri = "/graphql") {
  return new ApolloClient({
    link: from([createAuthLink(session), new HttpLink({ uri, credentials: "same-origin" })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: "cache-and-network", errorPolicy: "none" },
      query: { fetchPolicy: "network-only" },
    },
  });
}
