// Nominal ("branded") types: a number that carries its unit or meaning in the type system.
declare const brandSymbol: unique symbol;

/** `Brand<number, 'EpochDay'>` is a number the compiler will not confuse with other numbers. */
export type Brand<T, B extends string> = T & { readonly [brandSymbol]: B };
