import { graphql } from '../gql';

/** The one selection of a mutation payload's user errors (`errors { ...UserErrorFields }`). */
export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError {
    code
    message
    field
    values {
      name
      value
    }
  }
`);
