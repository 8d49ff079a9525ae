/** The steps for one audience, in order, with the real names filled in by the engine. */
import { useSharedStyles } from './styles';

export function StepsList({ steps }: { steps: readonly string[] }) {
  const shared = useSharedStyles();
  if (steps.length === 0) return null;
  return (
    <ol className={shared.list}>
      {steps.map((step, index) => (
        <li key={index}>{step}</li>
      ))}
    </ol>
  );
}
