import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the account screens (sign-in, refresh and sign-out are in session/session.ts). */
export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      accessToken
      expiresAt
      user {
        id
        email
        displayName
        roles {
          role
          networkId
          establishmentId
          network {
            id
            name
          }
          establishment {
            id
            name
          }
        }
      }
    }
  }
`);
