import { graphql } from '../../gql';

/** Own account: the answers carry the new `me`, so the session is updated without another request. */
export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      me {
        ...MeFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const BeginTwoFactorSetupMutation = graphql(`
  mutation BeginTwoFactorSetup {
    beginTwoFactorSetup {
      sharedKey
      authenticatorUri
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const EnableTwoFactorMutation = graphql(`
  mutation EnableTwoFactor($input: EnableTwoFactorInput!) {
    enableTwoFactor(input: $input) {
      me {
        ...MeFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DisableTwoFactorMutation = graphql(`
  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {
    disableTwoFactor(input: $input) {
      me {
        ...MeFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
