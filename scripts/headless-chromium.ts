// How the browser tests and browser benchmarks start Debian's Chromium: headless, WebGL on SwiftShader,
// and none of the background connections that this machine's closed network would refuse.

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** `--disable-gpu` included; a run that wants Chromium's GPU process removes it. */
export const HEADLESS_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** The same flags without `--disable-gpu`: compositing in the GPU process (still on SwiftShader). */
export const WITH_GPU_PROCESS_ARGS: readonly string[] = HEADLESS_CHROMIUM_ARGS.filter(
  (a) => a !== '--disable-gpu',
);
