#!/usr/bin/env node
// The `siklus` command. Runs the TypeScript sources directly (through tsx) on the Node that
// npm and npx put first on the PATH: the project's own Node 24.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
