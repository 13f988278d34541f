import { graphql } from '../../gql';

/** What waits for the signed-in user in the roster workflow (at most 20). */
export const NotificationsQuery = graphql(`
  query Notifications {
    notifications {
      kind
      message
      villageCode
      submissionId
      at
      year
    }
  }
`);
