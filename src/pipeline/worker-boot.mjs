// Entry of an extraction worker thread. Our sources are TypeScript run through tsx: a worker
// thread does not inherit the main thread's loader, so it registers tsx itself (the same call
// as bin/factwire.js), then loads the task. Works under `node bin/factwire.js` and vitest alike.
import { register } from 'tsx/esm/api';

register();
const { default: extractInWorker } = await import('./worker.ts');
export default extractInWorker;
