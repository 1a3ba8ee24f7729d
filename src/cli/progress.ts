/** A one-line progress bar on a terminal's stderr (nothing when stderr is not a terminal). */
export class Progress {
  private n = 0;
  constructor(
    private readonly out: { write(s: string): unknown; isTTY?: boolean },
    private readonly total: number,
  ) {}

  tick(file: string): void {
    this.n++;
    if (!this.out.isTTY || this.total < 2) return;
    const width = 24;
    const filled = Math.round((this.n / this.total) * width);
    const name = file.length > 40 ? `…${file.slice(-39)}` : file;
    this.out.write(
      `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${this.n}/${this.total} ${name}\x1b[K`,
    );
  }

  clear(): void {
    if (this.out.isTTY && this.total >= 2) this.out.write("\r\x1b[K");
  }

  done(): void {
    this.clear();
  }
}
