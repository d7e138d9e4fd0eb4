import { createSession, fetchTransport, webLock } from "./session.ts";

/** The SPA's one session (module singleton, like the announcer): the token never leaves this memory. */
export const session = createSession({ transport: fetchTransport("/graphql"), withLock: webLock });
