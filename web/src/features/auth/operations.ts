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
    timeZone
    mustChangePassword
    twoFactorEnabled
    twoFactorRequired
    sampleData
  }
`);
