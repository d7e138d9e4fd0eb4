import { graphql } from "./generated/index.ts";

/** What every list (the one list convention, docs/adr/0019) answers about its page: spread by name in each list query. */
export const PAGE_INFO_FIELDS = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);
