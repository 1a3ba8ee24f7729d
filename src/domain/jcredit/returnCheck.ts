/**
 * The checks of Fukuoka's return table (Table 2): a printed reduction against the one recomputed from
 * Table 1, A and B against reduction × price and the return rate, the 計 row against the rows' sums, and
 * the preconditions the sheet leaves out. They take the figures the table holds, each with its cell.
 */
import type { Decimal } from "../decimal";
import { formatDecimal } from "../format";
import { issue, type CellRef, type Issue, type Sourced } from "../issue";
import type { ReturnPreconditions } from "./returnTable";

/** A printed figure that should equal `want` (an error naming both when it does not). */
export function checkAmount(held: Sourced<Decimal> | null, want: Decimal | null, what: string): Issue[] {
  if (!held || !want || held.value.eq(want)) return [];
  return [
    issue(
      "error",
      "return.mismatch",
      held.cell,
      `${held.cell.address}（${what}）: シートの値は ${formatDecimal(held.value)}、計算すると ${formatDecimal(want)} です。`,
      `${held.cell.address} (${what}): the sheet holds ${formatDecimal(held.value)}; it works out at ${formatDecimal(want)}.`,
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
      issue(
        "warning",
        "return.reductionDiffers",
        printed.cell,
        `${printed.cell.address}（${label}）の削減量 ${formatDecimal(printed.value)} t は、表1と前提条件から求めた ${formatDecimal(recomputed.rounded)} t（${formatDecimal(recomputed.exact)} t を丸め）と異なります。`,
        `${printed.cell.address} (${label}): the printed reduction ${formatDecimal(printed.value)} t differs from ${formatDecimal(recomputed.rounded)} t recomputed from Table 1 and the preconditions (${formatDecimal(recomputed.exact)} t before rounding).`,
        { printed: printed.value.toFixed(), recomputed: recomputed.rounded.toFixed() },
      ),
    ];
  if (!printed && !recomputed)
    return [
      issue(
        "warning",
        "return.noReduction",
        cell,
        `${cell.address}（${label}）の削減量がなく、表1からも求められません。`,
        `${cell.address} (${label}): no reduction, and Table 1 does not give one.`,
      ),
    ];
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
    if (!revenue.B)
      out.push(
        issue(
          "warning",
          "return.noRate",
          rateCell,
          `${rateCell.address}（${label}）: 単価はありますが還元率がないため B を計算できません。`,
          `${rateCell.address} (${label}): a price but no return rate, so B cannot be worked out.`,
        ),
      );
    return out;
  }
  const held = printed.A ?? printed.B;
  if (!held) return [];
  return [
    issue(
      "warning",
      "return.amountWithoutPrice",
      held.cell,
      `${held.cell.address}（${label}）: 単価がないのに金額 ${formatDecimal(held.value)} が入っています。単価のない項目は算出しません（0 とします）。`,
      `${held.cell.address} (${label}): an amount of ${formatDecimal(held.value)} without a price. Rows without a price are not credited (count zero).`,
    ),
  ];
}

/** A rate written as a fraction (0.5), read as a percentage (50 %): said so. */
export function rateAsFraction(rate: Sourced<Decimal>, what: string): Issue {
  const v = rate.value;
  return issue(
    "info",
    "return.rateAsFraction",
    rate.cell,
    `${rate.cell.address}（${what}）の ${v.toFixed()} は割合とみなし、${v.mul(100).toFixed()}% として読みました。`,
    `${rate.cell.address} (${what}): ${v.toFixed()} read as a fraction, ${v.mul(100).toFixed()} %.`,
  );
}

/** The preconditions the sheet does not state (Fukuoka's values are used for them). */
export function checkPreconditions(
  stated: Partial<Record<keyof ReturnPreconditions, unknown>>,
  anchor: CellRef,
): Issue[] {
  const missing = (["kWhPerKwYear", "gridFactorTPerKWh", "years"] as const).filter((k) => !stated[k]);
  if (missing.length === 0) return [];
  return [
    issue(
      "info",
      "return.defaultPreconditions",
      anchor,
      `前提条件（1kWあたり年間発電量・排出係数・認証対象期間）の一部がシートに見つからないため、福岡市の表の値（1,200 kWh、0.000423、8年）を使っています。`,
      `Some preconditions (kWh per kW, grid factor, crediting years) are not on the sheet; Fukuoka's values (1,200 kWh, 0.000423, 8 years) are used.`,
      { missing: missing.join(",") },
    ),
  ];
}
