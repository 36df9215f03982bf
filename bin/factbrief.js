#!/usr/bin/env node
// The factbrief binary: runs the compiled CLI (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  process.stderr.write('error: factbrief is not built yet: run `npm install` (or `npm run build`) in the project folder\n');
  process.exit(1);
}
await import(compiled.href);
