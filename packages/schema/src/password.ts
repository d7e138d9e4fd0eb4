/**
 * The password policy, shared by the API (which enforces it) and the SPA (which shows the same
 * French messages as you type). In the spirit of NIST SP 800-63B and the ANSSI's advice: length
 * over composition rules, a cap so that a huge input costs nothing to refuse, no password built
 * on the account's own email, and no password from the lists attackers try first.
 *
 * The common-password list is the `passwords-common` dictionary of @zxcvbn-ts/language-common
 * (about 49,000 passwords ranked from public breach corpora, maintained with zxcvbn-ts). It weighs
 * about 380 kB, so it is loaded on demand (`loadCommonPasswords()`): the SPA's bundler puts it in a
 * chunk of its own, fetched only by the screens that choose a password.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const passwordMessages = {
  required: "Le mot de passe est obligatoire.",
  tooShort: `Le mot de passe doit comporter au moins ${PASSWORD_MIN_LENGTH} caractères.`,
  tooLong: `Le mot de passe doit comporter au plus ${PASSWORD_MAX_LENGTH} caractères.`,
  email: "Le mot de passe ne doit contenir ni votre adresse e-mail ni son identifiant (la partie avant @).",
  common: "Ce mot de passe fait partie des plus courants : choisissez-en un autre, par exemple une phrase de plusieurs mots.",
} as const;

/**
 * True when the password is too long, decided on its raw length first (two UTF-16 units per
 * character at most), so that a megabyte of input is refused without walking it.
 */
export function passwordTooLong(password: string): boolean {
  if (password.length > PASSWORD_MAX_LENGTH * 2) return true;
  return [...password].length > PASSWORD_MAX_LENGTH;
}

export interface PasswordContext {
  /** The account's email: the password may not contain it nor its local part. */
  email?: string | null;
  /** From `loadCommonPasswords()`; without it the common-password rule is not checked. */
  commonPasswords?: ReadonlySet<string> | null;
}

/** The first rule the password breaks, as a French message; null when it is acceptable. */
export function passwordProblem(password: string | null | undefined, context: PasswordContext = {}): string | null {
  if (!password) return passwordMessages.required;
  if (passwordTooLong(password)) return passwordMessages.tooLong;
  if ([...password].length < PASSWORD_MIN_LENGTH) return passwordMessages.tooShort;
  if (context.email && containsEmail(password, context.email)) return passwordMessages.email;
  if (context.commonPasswords && isCommonPassword(password, context.commonPasswords)) return passwordMessages.common;
  return null;
}

const fold = (s: string) => s.normalize("NFKC").toLowerCase();

function containsEmail(password: string, email: string): boolean {
  const p = fold(password);
  const e = fold(email.trim());
  if (!e) return false;
  if (p.includes(e)) return true;
  const local = e.split("@")[0] ?? "";
  // A very short local part ("jo@…") would refuse too many good passwords: compare it whole.
  return local.length >= 4 ? p.includes(local) : p === local;
}

/**
 * Common when the password, or what is left of it once digits and symbols around it are taken
 * off ("motdepasse2024!"), or the unit it repeats ("azertyazerty"), is in the list; a password
 * made of one short repeated unit ("aaaaaaaaaaaa", "abcabcabcabc") is common too.
 */
export function isCommonPassword(password: string, common: ReadonlySet<string>): boolean {
  const p = fold(password);
  const stripped = p.replace(/^[\d\W_]+/u, "").replace(/[\d\W_]+$/u, "");
  const candidates = new Set([p, stripped, p.replace(/[\d\W_]+$/u, ""), p.replace(/^[\d\W_]+/u, "")]);
  for (const c of [...candidates]) {
    const unit = repeatedUnit(c);
    if (unit) {
      if (unit.length <= 3) return true;
      candidates.add(unit);
    }
  }
  for (const c of candidates) if (c && common.has(c)) return true;
  return false;
}

/** The shortest unit that `s` repeats at least twice ("abab" → "ab"), or null. */
function repeatedUnit(s: string): string | null {
  const chars = [...s];
  for (let size = 1; size <= chars.length / 2; size++) {
    if (chars.length % size !== 0) continue;
    const unit = chars.slice(0, size).join("");
    if (unit.repeat(chars.length / size) === s) return unit;
  }
  return null;
}

let commonPasswords: Promise<ReadonlySet<string>> | undefined;

/** The common-password list as a set of lower-case passwords, loaded once. */
export function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  commonPasswords ??= import("@zxcvbn-ts/language-common").then((m) => {
    const list = (m.dictionary as Record<string, readonly string[]>)["passwords-common"] ?? [];
    if (list.length < 1000) throw new Error("common-password list missing from @zxcvbn-ts/language-common");
    return new Set(list.map(fold));
  });
  return commonPasswords;
}
