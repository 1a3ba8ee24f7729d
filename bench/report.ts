/** One JSON line per figure, so figures can be compared over time. */
export function report(name: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ name, value: Number(value.toFixed(3)), unit })}\n`);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
