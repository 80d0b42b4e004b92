// A step says its key sentences first; what follows leaves them out so nothing is read twice. Zod-free (panel).

/** The sentences of a text: split after «.», «?» or «!» (a closing quote may follow) before a capital or «. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!]»?)\s+(?=[«А-ЯЁA-Z])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The text without the sentences already said; an empty string when nothing is left. */
export function withoutSaid(text: string, said: readonly string[]): string {
  const known = new Set(said.map((s) => s.trim()));
  return sentencesOf(text)
    .filter((s) => !known.has(s))
    .join(' ');
}

/** Several texts without the sentences already said, dropping those left empty. */
export function restAfter(texts: readonly string[], said: readonly string[]): string[] {
  return texts.map((t) => withoutSaid(t, said)).filter(Boolean);
}
