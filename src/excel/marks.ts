/**
 * Marks the cells that have issues — a fill colour by severity, and a note with the message where the host
 * has notes (ExcelApi 1.18) — and takes the marks away again, restoring each cell's own fill exactly.
 * Never touches values or formulas.
 *
 * The original fill is read in the same batch that changes it: Office runs a batch in order, so a load
 * queued before the write returns the fill as it was. The records (original fill, the note text the add-in
 * added) are returned to the caller, which keeps them in the document settings.
 *
 * Syncs: mark 1 (fill only) or 2 with notes (the second adds notes only where the first found none, so a
 * user's own note is never replaced); clear 1, or 2 when notes were added (the second deletes a note only
 * if it still holds the add-in's text).
 *
 * Notes need ExcelApi 1.18 (Excel.NoteCollection.add: one cell; Excel refuses a cell that already holds a
 * note or a threaded comment) and a client runtime that has them: the office-js runtime on npm (1.1.110)
 * knows ExcelApi up to 1.15 and has no `Worksheet.notes`, so the port asks the worksheet proxy too. Should
 * the notes sync fail (a threaded comment on one of the cells), Excel kept the notes added before the
 * failing one: they are read back (1 more sync) and recorded, the rest go without a note.
 *
 * Below ExcelApi 1.9 there is no `fill.pattern`, and a cell without fill reads "#FFFFFF" exactly like a
 * white fill: nothing in those sets tells them apart. Such a reading is taken for no fill (the usual case:
 * restoring white would give every unfilled cell a white fill and hide its gridlines), so a white fill under
 * a mark comes back as no fill there — said in the README's platform table.
 */
import type { Issue, Severity } from "../domain/issue";
import { issueText, SEVERITY_ORDER } from "../domain/issue";

export const MARKS_KEY = "co2check.marks";

/** Fill colours by severity (light, so the figures stay readable). */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "#F8CBAD",
  warning: "#FFE699",
  info: "#DDEBF7",
};

export const NOTE_PREFIX = "CO2チェック: ";

/** One marked cell: what to put back. */
export interface MarkRecord {
  sheet: string;
  address: string;
  /** The cell's fill before the mark; null = no fill. */
  fill: string | null;
  /** The fill pattern before the mark where the host reports it (ExcelApi 1.9), else null. */
  pattern?: string | null;
  /** The text of the note the add-in added, or null. */
  note: string | null;
}

/** The worksheet's notes where the client runtime has them (see the module comment). */
function notesOf(ws: Excel.Worksheet): Excel.NoteCollection | null {
  return (ws as unknown as { notes?: Excel.NoteCollection }).notes ?? null;
}

export interface MarkOptions {
  /** Marks made earlier (their original fills stay the ones to restore). */
  existing?: readonly MarkRecord[];
  /** Add notes (ExcelApi 1.18). */
  notes?: boolean;
  /** Read fill.pattern to tell "no fill" from a white fill (ExcelApi 1.9). */
  patterns?: boolean;
  language?: "ja" | "en";
}

function key(sheet: string, address: string): string {
  return `${sheet}!${address.toUpperCase()}`;
}

interface Target {
  sheet: string;
  address: string;
  severity: Severity;
  lines: string[];
}

function targetsOf(issues: readonly Issue[], language: "ja" | "en"): Target[] {
  const byCell = new Map<string, Target>();
  for (const i of issues) {
    if (!i.cell) continue;
    const k = key(i.cell.sheet, i.cell.address);
    const t = byCell.get(k) ?? {
      sheet: i.cell.sheet,
      address: i.cell.address,
      severity: i.severity,
      lines: [],
    };
    if (SEVERITY_ORDER[i.severity] < SEVERITY_ORDER[t.severity]) t.severity = i.severity;
    const line = issueText(i, language);
    if (!t.lines.includes(line)) t.lines.push(line);
    byCell.set(k, t);
  }
  return [...byCell.values()];
}

/**
 * Marks the issue cells; returns every record (earlier ones kept, new ones added) and how many cells were
 * marked now.
 */
export async function markIssues(
  context: Excel.RequestContext,
  issues: readonly Issue[],
  options: MarkOptions = {},
): Promise<{ records: MarkRecord[]; marked: number }> {
  const existing = new Map((options.existing ?? []).map((r) => [key(r.sheet, r.address), r]));
  const targets = targetsOf(issues, options.language ?? "ja");
  if (targets.length === 0) return { records: [...existing.values()], marked: 0 };
  const sheets = context.workbook.worksheets;

  // Sync 1: read each new cell's fill, then paint it; look for notes where notes are wanted.
  const fresh: { t: Target; fill: Excel.RangeFill; note: Excel.Note | null }[] = [];
  for (const t of targets) {
    const ws = sheets.getItem(t.sheet);
    const fill = ws.getRange(t.address).format.fill;
    const known = existing.has(key(t.sheet, t.address));
    if (!known) {
      fill.load(options.patterns ? "color,pattern" : "color");
      const note = options.notes ? (notesOf(ws)?.getItemOrNullObject(t.address) ?? null) : null;
      note?.load("content");
      fresh.push({ t, fill, note });
    }
    fill.color = SEVERITY_FILL[t.severity];
  }
  await context.sync();

  const added: MarkRecord[] = [];
  const queuedNotes: { record: MarkRecord; text: string }[] = [];
  for (const { t, fill, note } of fresh) {
    // Without fill.pattern (below 1.9) "#FFFFFF" is taken for no fill (see above).
    const noFill = options.patterns
      ? fill.pattern === "None"
      : (fill.color ?? "").toUpperCase() === "#FFFFFF";
    const record: MarkRecord = {
      sheet: t.sheet,
      address: t.address,
      fill: noFill ? null : fill.color,
      note: null,
    };
    if (options.patterns) record.pattern = noFill ? null : fill.pattern;
    const notes = note && note.isNullObject ? notesOf(sheets.getItem(t.sheet)) : null;
    if (notes) {
      const text = NOTE_PREFIX + t.lines.join("\n");
      notes.add(t.address, text);
      queuedNotes.push({ record, text });
    }
    added.push(record);
  }
  // Sync 2 (notes only): add notes to cells that had none.
  if (queuedNotes.length > 0) {
    try {
      await context.sync();
      for (const q of queuedNotes) q.record.note = q.text;
    } catch {
      // Excel kept the notes added before the one it refused: record exactly those (fills stay recorded).
      const back = queuedNotes.map((q) => {
        const n = notesOf(sheets.getItem(q.record.sheet))?.getItemOrNullObject(q.record.address) ?? null;
        n?.load("content");
        return { q, n };
      });
      await context.sync();
      for (const { q, n } of back) if (n && !n.isNullObject && n.content === q.text) q.record.note = q.text;
    }
  }
  for (const r of added) existing.set(key(r.sheet, r.address), r);
  return { records: [...existing.values()], marked: targets.length };
}

/** Puts every marked cell's own fill back and removes the add-in's notes; returns the number of cells. */
export async function clearMarks(
  context: Excel.RequestContext,
  records: readonly MarkRecord[],
  options: { existingSheets?: ReadonlySet<string> } = {},
): Promise<number> {
  // A sheet deleted since the marks were made would fail the whole batch; its marks went with it.
  const live = options.existingSheets ? records.filter((r) => options.existingSheets?.has(r.sheet)) : records;
  if (live.length === 0) return 0;
  const sheets = context.workbook.worksheets;
  const notes: { r: MarkRecord; note: Excel.Note }[] = [];
  for (const r of live) {
    const range = sheets.getItem(r.sheet).getRange(r.address);
    if (r.fill === null) range.format.fill.clear();
    else {
      range.format.fill.color = r.fill;
      if (r.pattern && r.pattern !== "Solid") range.format.fill.pattern = r.pattern as Excel.FillPattern;
    }
    const note =
      r.note !== null ? (notesOf(sheets.getItem(r.sheet))?.getItemOrNullObject(r.address) ?? null) : null;
    if (note) {
      note.load("content");
      notes.push({ r, note });
    }
  }
  await context.sync();
  let deletions = 0;
  for (const { r, note } of notes)
    if (!note.isNullObject && note.content === r.note) {
      note.delete();
      deletions++;
    }
  if (deletions > 0) await context.sync();
  return live.length;
}
