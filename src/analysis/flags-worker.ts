// Web Worker entry: tests the months of a window for early-warning flags off the main thread (a first
// whole-period run fits a Poisson model per series and month: seconds at 100k events).
import { makeFlagResponder, type FlagAnswer, type FlagRequest } from './flag-worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<FlagRequest>) => void) | null;
  postMessage(message: FlagAnswer): void;
}
const scope = self as unknown as WorkerScope;
const respond = makeFlagResponder();

scope.onmessage = (event) => {
  scope.postMessage(respond(event.data));
};
