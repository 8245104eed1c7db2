// Which news of a run to believe: the run's status is asked for over HTTP after each control,
// while its frames arrive over the socket, and either can come second.
import type { SimRun, SimRunState } from '../../api/client';

/** A run in one of these states has ended for good. */
const isOver = (state: SimRunState): boolean => state === 'finished' || state === 'stopped' || state === 'failed';

/** Whether a status answer replaces the run shown now. The run's own state is newer than its
 *  last frame's (a pause with no frame since), but a frame that came over the socket meanwhile
 *  may be newer still; and a run that has ended never goes on, so an answer computed before its
 *  last frame arrived must not revive it. */
export function statusIsNewer(shown: SimRun | null, answer: SimRun | null): boolean {
  if (!answer || !shown || answer.id !== shown.id) return true;
  if (isOver(shown.state) && !isOver(answer.state)) return false;
  return answer.simTime >= shown.simTime;
}
