import { graphql } from '../../gql';

export const BpjsReconciliationQuery = graphql(`
  query BpjsReconciliation($regionCode: String!, $runId: ID, $group: BpjsReconciliationGroup, $skip: Int, $take: Int) {
    bpjsReconciliation(regionCode: $regionCode, runId: $runId) {
      regionCode
      runs {
        ...BpjsRunFields
      }
      run {
        ...BpjsRunFields
      }
      basedOn {
        run {
          ...BpjsRunFields
        }
        villages
      }
      villages
      villagesWithoutList
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
          protectedAtBpjs
          lastPaidMonth
          nameMismatch
          birthDateMismatch
          formerOfficial {
            villageCode
            villageName
            termEnd
          }
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
      moves(first: 100) {
        since {
          asOf
          fileName
        }
        totalCount
        nodes {
          regionCode
          name
          nik
          from
          to
        }
      }
    }
  }

  fragment BpjsRunFields on BpjsReconciliationRun {
    id
    regionCode
    asOf
    fileName
    fileKept
    participants
    uploadedBy
  }

  fragment BpjsGroupFields on BpjsReconciliationGroups {
    consistent
    declaredNotActive
    activeNotDeclared
    notActiveNotDeclared
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

/** For the roster page: whom the newest list covering the village has active with JKK and JKM at BPJS but the roster does not cover, in one read. */
export const BpjsActiveNotDeclaredQuery = graphql(`
  query BpjsActiveNotDeclared($villageCode: String!) {
    bpjsReconciliation(regionCode: $villageCode) {
      basedOn {
        run {
          id
          asOf
        }
      }
      results(group: ACTIVE_NOT_DECLARED, take: 500) {
        nodes {
          id
          entryId
        }
      }
    }
  }
`);
