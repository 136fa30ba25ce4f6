// Several zero-filled Float64Arrays carved from one buffer. A typed array longer than 8 doubles gets its
// own off-heap buffer in V8 (about 1 µs each on this machine, and GC bookkeeping), and the detector's
// fits need a dozen small arrays for each of hundreds of months: one buffer per fit instead. Pure.

/** Views of the given lengths, in order, over one fresh zeroed buffer. */
export function allocateFloat64Views(lengths: readonly number[]): Float64Array[] {
  let total = 0;
  for (const length of lengths) total += length;
  const buffer = new Float64Array(total);
  const views: Float64Array[] = [];
  let offset = 0;
  for (const length of lengths) {
    views.push(buffer.subarray(offset, offset + length));
    offset += length;
  }
  return views;
}
