/**
 * The aggregate call with every argument as a variable (issue #6): what a saved report of the
 * builder stores and runs, and what `POST /exports/report.csv|xlsx` executes with the request's
 * arguments. Its selection is what a report's table shows: keys with their labels, values, and
 * the groups suppressed for privacy.
 */
export const AGGREGATE_DOCUMENT = `query Rapport(
  $subject: ReportSubject!
  $groupBy: [ReportDimension!]!
  $measures: [ReportMeasure!]!
  $filter: ReportFilter
  $dateTruncation: ReportDateTruncation
  $interval: ReportIntervalInput
) {
  aggregate(
    subject: $subject
    groupBy: $groupBy
    measures: $measures
    filter: $filter
    dateTruncation: $dateTruncation
    interval: $interval
  ) {
    rows {
      keys { dimension value label }
      values { measure value decimal }
      suppressed
    }
    suppressedCount
    minimumGroupSize
  }
}
`;
