import { hash, verify, type Algorithm } from "@node-rs/argon2";

/**
 * argon2id with the parameters OWASP recommends as a minimum (19 MiB, 2 passes, 1 lane), from
 * @node-rs/argon2 (prebuilt binary, hashing on libuv's thread pool, so the event loop never
 * waits). An object, so that tests can spy on it.
 */
const ARGON2ID = 2 as Algorithm; // Algorithm.Argon2id: a const enum, which isolatedModules cannot inline
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
/** The PHC prefix of a hash made with today's parameters; an older hash is upgraded at sign-in. */
export const CURRENT_HASH_PREFIX = "$argon2id$v=19$m=19456,t=2,p=1$";

let dummyHash: Promise<string> | undefined;

export const passwordHasher = {
  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  },

  /** False for a wrong password and for a malformed hash (never throws). */
  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  },

  /**
   * Does the work of a verification for an account that does not exist (or has no password yet),
   * so that its answer takes as long as a wrong password's. Always false.
   */
  async verifyNothing(password: string): Promise<false> {
    dummyHash ??= hash("not a password of anyone", OPTIONS);
    await passwordHasher.verify(await dummyHash, password);
    return false;
  },

  needsRehash(passwordHash: string): boolean {
    return !passwordHash.startsWith(CURRENT_HASH_PREFIX);
  },
};
