import { graphql } from '../../gql';

export const BpjsReconciliationQuery = graphql(`
  query BpjsReconciliation($regionCode: String!, $group: BpjsReconciliationGroup, $skip: Int, $take: Int) {
    bpjsReconciliation(regionCode: $regionCode) {
      regionCode
      run {
        id
        regionCode
        asOf
        fileName
        fileKept
        participants
        uploadedBy
      }
      groups {
        ...BpjsGroupFields
      }
      regions {
        regionCode
        name
        groups {
          ...BpjsGroupFields
        }
      }
      results(group: $group, skip: $skip, take: $take) {
        totalCount
        nodes {
          id
          regionCode
          group
          nik
          kpj
          rosterName
          bpjsName
          segment
          programs
          activeAtBpjs
          lastPaidMonth
          nameMismatch
          birthDateMismatch
        }
      }
      history {
        run {
          id
          asOf
          fileName
          fileKept
        }
        groups {
          ...BpjsGroupFields
        }
      }
    }
  }

  fragment BpjsGroupFields on BpjsReconciliationGroups {
    consistent
    declaredNotActive
    activeNotDeclared
    unmatched
    mismatches
  }
`);

export const UploadBpjsListMutation = graphql(`
  mutation UploadBpjsList($input: UploadBpjsParticipantListInput!) {
    uploadBpjsParticipantList(input: $input) {
      report {
        applied
        refused
        participants
        groups {
          ...BpjsGroupFields
        }
        problems {
          line
          column
          code
          message
          values {
            name
            value
          }
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const TakeBpjsStatusMutation = graphql(`
  mutation TakeBpjsStatus($input: TakeBpjsStatusInput!) {
    takeBpjsStatus(input: $input) {
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
