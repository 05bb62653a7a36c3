import type { WorkspaceDesign } from '../design-query';
import { missingEuCount, READINESS_PANEL_ID } from '../readiness/readiness';

/**
 * Readiness as advice beside the stages: the default pipeline does not gate on it (designs under
 * way are not stranded), but a committee will ask. An institution's pipeline may make it a gate,
 * and a refusal then lists the items like any other gate's.
 */
export function ReadinessAdvice({ readiness }: { readiness: WorkspaceDesign['readiness'] }) {
  const missing = missingEuCount(readiness);
  return (
    <p className={`co-readiness ${readiness.ready ? 'co-readiness-ready' : 'co-readiness-missing'}`}>
      {readiness.ready ? (
        'Readiness: every EU Annex I element this design can carry is met.'
      ) : (
        <>
          Readiness (advice): {missing} EU Annex I element{missing === 1 ? '' : 's'} missing.{' '}
          <a href={`#${READINESS_PANEL_ID}`}>See what is missing</a>
        </>
      )}
    </p>
  );
}
