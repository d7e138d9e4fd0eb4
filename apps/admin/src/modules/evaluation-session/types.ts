import type { SessionCalendarQuery } from "../../shared/graphql/generated/graphql.ts";

/** A session as the calendar reads it (the `SessionCalendar` query). */
export type SessionRow = SessionCalendarQuery["evaluationSessions"]["edges"][number]["node"];
