// Exhaustiveness helper for discriminated unions: a switch that forgets a case fails to compile.

/** Throws if reached; the parameter type `never` makes the compiler check exhaustiveness. */
export function assertNever(value: never, message = 'Unexpected value'): never {
  throw new Error(`${message}: ${String(value)}`);
}
