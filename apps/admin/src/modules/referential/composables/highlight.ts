/** Lower case without accents, so that "calcul" finds "Calculer" and "reperes" finds "repères". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` around every occurrence of `query`, ignoring case and accents, for <mark>.
 * Folding keeps the string's length for Latin text, so indices map back to the original.
 */
export function highlight(text: string, query: string): Segment[] {
  const q = fold(query.trim());
  if (!q) return [{ text, match: false }];
  const folded = fold(text);
  if (folded.length !== text.length) return [{ text, match: false }];
  const out: Segment[] = [];
  let from = 0;
  for (let i = folded.indexOf(q); i !== -1; i = folded.indexOf(q, from)) {
    if (i > from) out.push({ text: text.slice(from, i), match: false });
    out.push({ text: text.slice(i, i + q.length), match: true });
    from = i + q.length;
  }
  if (from < text.length) out.push({ text: text.slice(from), match: false });
  return out;
}
