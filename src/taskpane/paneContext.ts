/**
 * What every action button and finding needs to know without prop drilling: busy, the selected cell, and
 * the workbook's own reference prices (the what-ifs offer them as presets).
 */
import { createContext, useContext } from "react";
import type { CellRef } from "../domain/issue";
import type { ReferencePrice } from "../domain/jcredit/referencePrices";

/** A user action runs: action buttons are disabled (but keep focus: `disabledFocusable`). */
export const BusyContext = createContext(false);
export const useBusy = (): boolean => useContext(BusyContext);

/** The cell selected in the workbook, for highlighting its finding. */
export const SelectedCellContext = createContext<CellRef | null>(null);
export const useSelectedCell = (): CellRef | null => useContext(SelectedCellContext);

/** The workbook's own J-Credit reference prices (its price sheet), as the last analysis found them. */
export const OwnPricesContext = createContext<readonly ReferencePrice[]>([]);
