// The GitHub Action's entry (action.yml runs its bundle, dist/action.js); the logic is in run-action.ts.
import { processActionIo } from './action-io.js';
import { runAction } from './run-action.js';

process.exitCode = await runAction(processActionIo());
