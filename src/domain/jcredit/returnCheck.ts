/**
 * The checks of Fukuoka's return table (Table 2): a printed reduction against the one recomputed from
 * Table 1, A and B against reduction × price and the return rate, the 計 row against the rows' sums, and
 * the preconditions the sheet leaves out. They take the figures the table holds, each with its cell.
 */
import type { Decimal } from "../decimal";
import { formatDecimal } from "../format";
import { issueOf, type CellRef, type Issue, type Sourced } from "../issue";
import { RETURN_CODES, RETURN_MESSAGES as M } from "./returnMessages";
import type { ReturnPreconditions } from "./returnTable";

/** A printed figure that should equal `want` (an error naming both when it does not). */
export function checkAmount(held: Sourced<Decimal> | null, want: Decimal | null, what: string): Issue[] {
  if (!held || !want || held.value.eq(want)) return [];
  return [
    issueOf(
      M,
      "error",
      RETURN_CODES.mismatch,
      held.cell,
      { what, found: formatDecimal(held.value), expected: formatDecimal(want) },
      { expected: want.toFixed(), found: held.value.toFixed() },
    ),
  ];
}

/** A printed reduction against the one recomputed from Table 1 and the preconditions. */
export function checkReduction(
  label: string,
  printed: Sourced<Decimal> | null,
  recomputed: { exact: Decimal; rounded: Decimal } | null,
  /** The reduction cell (where a missing reduction is reported). */
  cell: CellRef,
): Issue[] {
  if (printed && recomputed && !printed.value.eq(recomputed.rounded))
    return [
      issueOf(
        M,
        "warning",
        RETURN_CODES.reductionDiffers,
        printed.cell,
        {
          label,
          printed: formatDecimal(printed.value),
          rounded: formatDecimal(recomputed.rounded),
          exact: formatDecimal(recomputed.exact),
        },
        { printed: printed.value.toFixed(), recomputed: recomputed.rounded.toFixed() },
      ),
    ];
  if (!printed && !recomputed) return [issueOf(M, "warning", RETURN_CODES.noReduction, cell, { label })];
  return [];
}

/** A row's A and B as printed, against what its reduction, price and rate give (null: no price). */
export function checkRevenue(
  label: string,
  revenue: { A: Decimal; B: Decimal | null } | null,
  printed: { A: Sourced<Decimal> | null; B: Sourced<Decimal> | null },
  /** The rate cell (where a missing rate is reported). */
  rateCell: CellRef,
): Issue[] {
  if (revenue) {
    const out = [
      ...checkAmount(printed.A, revenue.A, `${label} A`),
      ...checkAmount(printed.B, revenue.B, `${label} B`),
    ];
    if (!revenue.B) out.push(issueOf(M, "warning", RETURN_CODES.noRate, rateCell, { label }));
    return out;
  }
  const held = printed.A ?? printed.B;
  if (!held) return [];
  return [
    issueOf(M, "warning", RETURN_CODES.amountWithoutPrice, held.cell, {
      label,
      amount: formatDecimal(held.value),
    }),
  ];
}

/**
 * A table whose rows have no price yet (a proposal not yet priced): every A and B counts zero, which the
 * totals alone would show as a bare 0. Said once, at the first row's price cell; nothing when some row
 * has a price (a row without one is then a choice, reported by checkRevenue if it holds an amount).
 */
export function checkPricesGiven(rows: { priceYenPerT: Decimal | null }[], firstPriceCell: CellRef): Issue[] {
  if (rows.length === 0 || rows.some((r) => r.priceYenPerT !== null)) return [];
  const n = rows.length;
  return [issueOf(M, "info", RETURN_CODES.noPrice, firstPriceCell, { rows: n }, { rows: String(n) })];
}

/** A rate written as a fraction (0.5), read as a percentage (50 %): said so. */
export function rateAsFraction(rate: Sourced<Decimal>, what: string): Issue {
  const v = rate.value;
  return issueOf(M, "info", RETURN_CODES.rateAsFraction, rate.cell, {
    what,
    value: v.toFixed(),
    percent: v.mul(100).toFixed(),
  });
}

/** The preconditions the sheet does not state (Fukuoka's values are used for them). */
export function checkPreconditions(
  stated: Partial<Record<keyof ReturnPreconditions, unknown>>,
  anchor: CellRef,
): Issue[] {
  const missing = (["kWhPerKwYear", "gridFactorTPerKWh", "years"] as const).filter((k) => !stated[k]);
  if (missing.length === 0) return [];
  return [issueOf(M, "info", RETURN_CODES.defaultPreconditions, anchor, {}, { missing: missing.join(",") })];
}
