/**
 * Form 7 as the parser reads it from a sheet: the held figures with their rows, columns, raw values and
 * formulas, and the problems met while reading. The domain sees it only as a Form7Held.
 */
import type { Form7FigureKey, Form7Held, HeldFigure } from "../../domain/form7/types";
import type { Issue } from "../../domain/issue";
import type { CellValue } from "../grid";

/** A computed cell as the sheet holds it now. */
export interface HeldCell extends HeldFigure {
  row: number;
  col: number;
  raw: CellValue;
  formula: string | null;
}

/** What the parser found on one sheet. */
export interface Form7Sheet extends Form7Held {
  /** Where each computed figure lives on this sheet (absent where the layout has no such cell). */
  computed: Partial<Record<Form7FigureKey, HeldCell>>;
  /** Problems met while reading (text numbers, unreadable cells, missing rows), each with its cell. */
  issues: Issue[];
}
