/**
 * A Form 7 as ward staff receive it from some businesses: usage typed, the per-row heat and CO2 cells blank
 * (for `--write` to fill), and the summary cells formulas over those rows whose cached results are the 0s
 * Excel saved when the rows were blank.
 */
import { form7Buffer, KOTO_USAGE, type Form7Cells } from "./form7Workbook";

export async function formWithSummaryFormulas(): Promise<{ buffer: Buffer; cells: Form7Cells }> {
  const f = (formula: string) => ({ formula, result: 0 });
  const { buffer, cells } = await form7Buffer([
    {
      name: "第7号様式",
      forms: [
        {
          content: {
            usage: KOTO_USAGE,
            computed: {
              energyGJ: f("SUM(F22:F32)"),
              "co2Energy.subtotal": f("SUM(H22:H32)"),
              "co2Water.subtotal": f("SUM(H34:H35)"),
              crudeOilKl: f("ROUNDDOWN(F33*0.0258,0)"),
              co2EnergyT: f("ROUNDDOWN(H33,0)"),
              co2WaterT: f("ROUNDDOWN(H36,0)"),
              co2TotalT: f("F17+F18"),
              intensityKgPerM2: f("ROUNDDOWN(F19*1000/C13,1)"),
            },
          },
        },
      ],
    },
  ]);
  return { buffer, cells: cells[0][0] };
}
