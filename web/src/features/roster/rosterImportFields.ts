import { graphql } from '../../gql';

/** A roster file's row that adds, changes or ends an entry: the one selection of a village's and a region's report. */
export const RosterImportRowFields = graphql(`
  fragment RosterImportRowFields on RosterImportRow {
    line
    villageCode
    kind
    fullName
    positionCode
    fields {
      field
      before
      after
    }
  }
`);

/** A row that takes something away from a person: the one selection of a village's and a region's report. */
export const RosterImportWarningFields = graphql(`
  fragment RosterImportWarningFields on RosterImportWarning {
    line
    villageCode
    code
    fullName
    nik
    positionCode
    losses {
      field
      before
      after
    }
  }
`);

/** A roster file's problem (line, column, village, reason): the one selection of a village's and a region's report. */
export const RosterImportProblemFields = graphql(`
  fragment RosterImportProblemFields on RosterImportProblem {
    line
    column
    code
    message
    villageCode
    values {
      name
      value
    }
  }
`);
