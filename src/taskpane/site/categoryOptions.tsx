/** The 30 benchmark categories as the options of a select (「2 オフィス(自社ビル)」), for the card and the settings. */
import { BENCHMARK_CATEGORIES } from "../../domain/benchmark/categories";
import type { Lang } from "../i18n";

export function categoryOptions(lang: Lang): JSX.Element[] {
  return Object.entries(BENCHMARK_CATEGORIES).map(([n, name]) => (
    <option key={n} value={n}>
      {n} {name[lang]}
    </option>
  ));
}
