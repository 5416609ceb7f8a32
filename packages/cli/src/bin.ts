#!/usr/bin/env node
import 'reflect-metadata';
import { runCli } from './program/run-cli.js';

const code = await runCli(process.argv.slice(2));
process.exitCode = code;
// Everything is closed by now; if a stray handle (a plugin's timer) would
// keep the process alive, do not hang the user's shell over it.
setTimeout(() => process.exit(code), 2_000).unref();
