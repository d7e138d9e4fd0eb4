import { gql } from "@apollo/client/core";

/** GraphQL documents of the account screens (sign-in, refresh and sign-out are in session/session.ts). */
export const CHANGE_PASSWORD = gql`
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
`;
