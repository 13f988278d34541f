import { graphql } from '../../gql';

export const RosterFiguresFragment = graphql(`
  fragment RosterFigures on RosterFigures {
    inOffice
    covered
    termEnded
    monthlyPremium
  }
`);

export const RosterQuery = graphql(`
  query Roster($villageCode: String!) {
    region(code: $villageCode) {
      code
      name
      kind
      level
    }
    rosterSummary(villageCode: $villageCode) {
      official {
        ...RosterFigures
      }
      current {
        ...RosterFigures
      }
    }
    # The catalog in display order: the roster lists people by it (kepala desa first).
    positions {
      code
    }
    people(where: { villageCode: { eq: $villageCode } }, first: 200, order: [{ fullName: ASC }]) {
      totalCount
      nodes {
        id
        entryId
        fullName
        nik
        position {
          code
          name
          segment
        }
        termStart
        termEnd
        appointment
        status
        covered
        reviewComment
        warnings {
          code
          message
          date
          villages
          note
        }
        payablePremium {
          amount
        }
        arrears {
          atRisk
          consecutiveUnpaid
        }
        enrollment {
          kpj
          programs
          status
        }
      }
    }
    submissions(where: { villageCode: { eq: $villageCode } }, first: 1, order: [{ submittedAt: DESC }]) {
      nodes {
        id
        status
        submittedAt
        reviewedAt
        reason
      }
    }
    timeline(where: { villageCode: { eq: $villageCode } }, order: [{ at: DESC }], first: 20) {
      totalCount
      nodes {
        submissionId
        kind
        at
        by
        reason
        changes
      }
    }
  }
`);

export const AddPersonMutation = graphql(`
  mutation AddPerson($input: AddPersonInput!) {
    addPerson(input: $input) {
      person {
        id
        fullName
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SubmitRosterMutation = graphql(`
  mutation SubmitRoster($input: SubmitRosterInput!) {
    submitRoster(input: $input) {
      submission {
        id
        status
        submittedAt
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const VillageSearchQuery = graphql(`
  query VillageSearch($where: RegionFilterInput!) {
    regions(where: $where, first: 20, order: [{ name: ASC }]) {
      totalCount
      nodes {
        code
        name
        kind
      }
    }
  }
`);

export const PersonFormQuery = graphql(`
  query PersonForm($villageCode: String!) {
    region(code: $villageCode) {
      code
      name
    }
    positions {
      code
      name
      segment
      defaultWageBase
    }
    submissions(where: { villageCode: { eq: $villageCode } }, first: 1, order: [{ submittedAt: DESC }]) {
      nodes {
        id
        status
      }
    }
  }
`);

export const PersonQuery = graphql(`
  query Person($id: ID!, $withPositions: Boolean! = false) {
    positions @include(if: $withPositions) {
      code
      name
      segment
      defaultWageBase
    }
    person(id: $id) {
      id
      entryId
      villageCode
      village {
        code
        name
      }
      fullName
      nik
      sex
      birthDate
      phone
      position {
        code
        name
        segment
        defaultWageBase
      }
      termStart
      termEnd
      skNumber
      skDate
      appointment
      nikNote
      status
      approvedAt
      reviewComment
      submissionId
      covered
      payablePremium {
        amount
      }
      enrollment {
        kpj
        scheme
        programs
        wageBase
        startDate
        status
      }
      warnings {
        code
        message
        date
        villages
        note
      }
      nikConflicts {
        villageCode
        villageName
        positionCode
      }
      history {
        id
        status
        approvedAt
        fullName
        position {
          code
          name
        }
        termStart
        termEnd
        appointment
        reviewComment
        enrollment {
          status
          programs
        }
      }
    }
  }
`);

export const PersonVillageQuery = graphql(`
  query PersonVillage($villageCode: String!) {
    submissions(where: { villageCode: { eq: $villageCode } }, first: 1, order: [{ submittedAt: DESC }]) {
      nodes {
        id
        status
      }
    }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      person {
        id
        fullName
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const EndTermMutation = graphql(`
  mutation EndTerm($input: EndTermInput!) {
    endTerm(input: $input) {
      person {
        id
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DiscardChangeMutation = graphql(`
  mutation DiscardChange($input: DiscardChangeInput!) {
    discardChange(input: $input) {
      person {
        id
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ImportRosterMutation = graphql(`
  mutation ImportRoster($input: ImportRosterInput!) {
    importRoster(input: $input) {
      report {
        rows
        added
        changed
        ended
        unchanged
        applied
        refused
        problemCount
        problems(first: 200) {
          ...RosterImportProblemFields
        }
        warningCount
        warnings(first: 200) {
          ...RosterImportWarningFields
        }
        changes(first: 200) {
          ...RosterImportRowFields
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RosterImportPositionsQuery = graphql(`
  query RosterImportPositions {
    positions {
      code
      name
      segment
      maxPerVillage
    }
  }
`);

