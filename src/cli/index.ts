#!/usr/bin/env node
/** The `lockstep` executable (dist/cli/index.js). */
import { runCli } from './main.js';

process.exitCode = await runCli(process.argv.slice(2));
