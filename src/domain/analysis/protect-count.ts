// Primary small-count suppression: a count from 1 to k − 1 is not shown, only "< k". Zero stays visible
// (it says nothing happened, which exposes no person), and k < 2 means the protection is off.

export type ProtectedCount =
  | { readonly suppressed: false; readonly value: number }
  | { readonly suppressed: true; readonly below: number };

/** True when `value` must be hidden under threshold k. */
export function isSmallCount(value: number, k: number): boolean {
  return k >= 2 && value > 0 && value < k;
}

/** The count as it may be shown under threshold k. */
export function protectCount(value: number, k: number): ProtectedCount {
  return isSmallCount(value, k) ? { suppressed: true, below: k } : { suppressed: false, value };
}
