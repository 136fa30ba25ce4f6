// `npm run bench`: bundles bench/bench-main.ts with esbuild (as shipped code: no tsx keepNames wrappers,
// which add a helper call per closure creation and slow the loader by ~20% under tsx) and runs it with plain
// Node, --expose-gc and a heap large enough for the 1M-event text. Falls back to running it through tsx when
// esbuild cannot be loaded. Then formats bench/results/latest.json with the repository's Prettier settings.
// BENCH_RUNNER=tsx forces the tsx path; other variables (BENCH_SIZES) pass through.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const entry = path.join(benchDir, 'bench-main.ts');
const nodeFlags = ['--expose-gc', '--max-old-space-size=12288'];

async function bundle(outfile: string): Promise<boolean> {
  if (process.env.BENCH_RUNNER === 'tsx') return false;
  try {
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      tsconfig: path.join(benchDir, '..', 'tsconfig.json'),
      logLevel: 'error',
    });
    return true;
  } catch (err) {
    console.warn(
      `bench: esbuild bundle failed (${err instanceof Error ? err.message : String(err)}); running through tsx`,
    );
    return false;
  }
}

const outfile = path.join(os.tmpdir(), `lintas-bench-${process.pid}.mjs`);
const bundled = await bundle(outfile);
const args = bundled ? [...nodeFlags, outfile] : [...process.execArgv, ...nodeFlags, entry];
const child = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, LINTAS_BENCH_DIR: benchDir, LINTAS_BENCH_MODE: bundled ? 'bundle' : 'tsx' },
});
if (bundled) rmSync(outfile, { force: true });
if (child.status !== 0) process.exit(child.status ?? 1);

const resultFile = path.join(benchDir, 'results', 'latest.json');
try {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(resultFile)) ?? {};
  writeFileSync(
    resultFile,
    await prettier.format(readFileSync(resultFile, 'utf8'), { ...options, filepath: resultFile }),
  );
} catch (err) {
  console.warn(`bench: could not format ${resultFile}: ${err instanceof Error ? err.message : String(err)}`);
}
