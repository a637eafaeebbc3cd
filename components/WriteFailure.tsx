/** A write that failed, said where it happened (announced at once: role="alert"). */
export function WriteFailure({ text, id }: { text: string | undefined; id?: string }) {
  if (!text) return null;
  return (
    <p id={id} className="field-error write-failure" role="alert">
      {text}
    </p>
  );
}
