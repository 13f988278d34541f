import { graphql } from '../../gql';

export const TargetSheetQuery = graphql(`
  query TargetSheet($regionCode: String!) {
    targets(regionCode: $regionCode) {
      regionCode
      rows {
        regionCode
        regionName
        year
        indicator {
          code
        }
        target {
          percent
          setFor
          inherited
        }
      }
    }
    indicators {
      code
      nameId
      nameEn
      formulaId
      formulaEn
    }
    region(code: $regionCode) {
      code
      name
      children(first: 200) {
        nodes {
          code
          name
        }
      }
    }
  }
`);

export const SetTargetMutation = graphql(`
  mutation SetTarget($input: SetTargetInput!) {
    setTarget(input: $input) {
      target {
        indicator
        regionCode
        year
        percent
      }
      errors {
        code
        field
        message
        values {
          name
          value
        }
      }
    }
  }
`);
