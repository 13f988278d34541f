import { graphql } from '../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      ...MeFields
    }
  }

  fragment MeFields on Me {
    userName
    fullName
    role
    regionCode
    region {
      code
      name
      level
    }
    mustChangePassword
    twoFactorEnabled
    twoFactorRequired
  }
`);
