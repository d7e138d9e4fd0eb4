/** "DUPONT (épouse MARTIN) Marie" — or null when the caller may not read the identity (analysts see the pseudonym). */
export function candidateName(c: { lastName?: string | null; usualName?: string | null; firstNames?: string | null }): string | null {
  if (!c.lastName && !c.firstNames) return null;
  const last = c.usualName && c.usualName !== c.lastName ? `${c.usualName} (${c.lastName ?? ""})` : (c.lastName ?? "");
  return [last.toUpperCase(), c.firstNames ?? ""].filter(Boolean).join(" ");
}
