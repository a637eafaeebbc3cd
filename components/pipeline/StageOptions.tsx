import type { Stage } from '@/lib/pipeline/schema';

/** The <option>s of a stage picker, optionally headed by an empty choice ("Any stage", "No stage trigger"). */
export function StageOptions({ stages, empty }: { stages: readonly Stage[]; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {stages.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </>
  );
}
