// Zero-filled Float64Arrays carved one after another from one buffer. A typed array longer than 8 doubles
// gets its own off-heap buffer in V8 (about 1 µs each on this machine, and GC bookkeeping), and the
// detector's fits need a dozen small arrays for each of hundreds of months: one buffer per fit instead.
// Pure.

/** A function that hands out the next `length` doubles of one fresh zeroed buffer of `total` doubles. */
export function makeFloat64Carver(total: number): (length: number) => Float64Array {
  const buffer = new Float64Array(total);
  let offset = 0;
  return (length) => {
    if (offset + length > total)
      throw new RangeError(`float64 carver: ${length} more than the ${total - offset} left`);
    const view = buffer.subarray(offset, offset + length);
    offset += length;
    return view;
  };
}
