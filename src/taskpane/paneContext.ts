/** What every action button and finding needs to know without prop drilling: busy, and the selected cell. */
import { createContext, useContext } from "react";
import type { CellRef } from "../domain/issue";

/** A user action runs: action buttons are disabled (but keep focus: `disabledFocusable`). */
export const BusyContext = createContext(false);
export const useBusy = (): boolean => useContext(BusyContext);

/** The cell selected in the workbook, for highlighting its finding. */
export const SelectedCellContext = createContext<CellRef | null>(null);
export const useSelectedCell = (): CellRef | null => useContext(SelectedCellContext);
