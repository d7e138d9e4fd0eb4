/**
 * The public face of the user module: what other modules may use (docs/architecture.md, "Boundaries").
 */
export { ESTABLISHMENT_ROLES } from "./role-grants.js";
export { RoleAssignment, User } from "./user.entity.js";
export { DISPLAY_NAME_MAX, EMAIL_MAX } from "./user.inputs.js";
export { normaliseEmail, toUserView, userService } from "./user.service.js";
export { CurrentUser, UserView } from "./user.types.js";
export { recordAuthEvent } from "./auth-events.js";
export { createInvitation } from "./invitations.js";
export { addRefreshToken, revokeSession, revokeUserSessions, startSession } from "./sessions.js";
