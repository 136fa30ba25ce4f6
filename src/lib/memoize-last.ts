// Memoize the most recent call by reference equality of its arguments (the selector pattern without a library).

/** Returns a function that recomputes only when one of its arguments changes identity (`Object.is`). */
export function memoizeLast<Args extends readonly unknown[], R>(
  fn: (...args: Args) => R,
): (...args: Args) => R {
  let lastArgs: Args | undefined;
  let lastResult: R | undefined;
  return (...args: Args): R => {
    if (
      lastArgs !== undefined &&
      args.length === lastArgs.length &&
      args.every((a, i) => Object.is(a, lastArgs?.[i]))
    ) {
      return lastResult as R;
    }
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}
