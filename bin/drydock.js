#!/usr/bin/env node
// Runs the committed bundle, so a plain checkout works without a build step.
import { run } from '../dist/cli.js';

await run();
