/** The text with its first occurrence of `part` in <strong> (e.g. the hotline number inside the memo's sentence). */
export function Emphasis({ text, part, class: cls }: { text: string; part: string; class?: string }) {
  const at = part ? text.indexOf(part) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <strong class={cls}>{part}</strong>
      {text.slice(at + part.length)}
    </>
  );
}
