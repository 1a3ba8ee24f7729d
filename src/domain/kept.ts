/**
 * The answers of a pure function of text or a number, kept by its argument: the forms print the same
 * labels, units, periods, dates and coefficients again and again, and reading one costs far more than
 * looking it up. At most `max` answers are kept; past that all are forgotten at once, so memory stays
 * bounded however many workbooks one process reads.
 */
export function keptAnswers<K, V extends object | string | number | boolean | null>(
  max: number,
  read: (key: K) => V,
): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    let v = kept.get(key);
    if (v === undefined) {
      v = read(key);
      if (kept.size >= max) kept.clear();
      kept.set(key, v);
    }
    return v;
  };
}
