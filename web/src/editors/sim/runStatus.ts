// Which news of a run to believe: the run's status is asked for over HTTP after each control,
// while its frames arrive over the socket, and either can come second.
import type { SimRun, SimRunState } from '../../api/client';

/** A run in one of these states has ended for good. */
const isOver = (state: SimRunState): boolean => state === 'finished' || state === 'stopped' || state === 'failed';

/** Whether news of a run (a frame, a status answer) would show a run that has ended as going
 *  on: such news was sent before the run ended, whatever order it arrived in. */
export function revivesEndedRun(shown: SimRun | null, news: SimRun): boolean {
  return shown !== null && news.id === shown.id && isOver(shown.state) && !isOver(news.state);
}

/** Whether a status answer replaces the run shown now. The run's own state is newer than its
 *  last frame's (a pause with no frame since), but a frame that came over the socket meanwhile
 *  may be newer still. */
export function statusIsNewer(shown: SimRun | null, answer: SimRun | null): boolean {
  if (!answer || !shown || answer.id !== shown.id) return true;
  return !revivesEndedRun(shown, answer) && answer.simTime >= shown.simTime;
}
