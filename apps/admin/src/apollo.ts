import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client/core";

/**
 * One client for the SPA. Lists read `cache-and-network` so that a record created on one screen
 * shows on the list you come back to; connections are cached per set of arguments.
 */
export function createApolloClient(uri = "/graphql") {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: "cache-and-network", errorPolicy: "none" },
      query: { fetchPolicy: "network-only" },
    },
  });
}
