/** Scalars used across the schema: calendar dates as `YYYY-MM-DD`, instants as ISO 8601. */
export { LocalDateResolver as LocalDate } from "graphql-scalars";
