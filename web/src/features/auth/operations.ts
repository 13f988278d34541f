import { graphql } from '../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      userName
      fullName
      role
      regionCode
      region {
        code
        name
        level
      }
    }
  }
`);
