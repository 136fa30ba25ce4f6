// Entry of `npm run prepare -- …`. npm also runs a script named "prepare" by itself after `npm install`
// and `npm ci` (a lifecycle hook, without arguments): then this does nothing. Otherwise it runs the
// preparation step under tsx with a larger heap (the set of ids of a 10M-row input needs about 1 GB).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const command = process.env.npm_command;
if (args.length === 0 && command !== undefined && command !== 'run-script') process.exit(0);

const entry = join(dirname(fileURLToPath(import.meta.url)), 'prepare.ts');
const result = spawnSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', entry, ...args], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
