/**
 * Findings grouped by severity, each with its cell as a button that selects the cell in Excel. The finding
 * of the cell selected in the workbook is highlighted (and scrolled into view).
 */
import { Badge, Button, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { isSelected } from "../app/controller";
import { issueText, type CellRef, type Issue, type Severity } from "../domain/issue";
import { useT } from "./i18n";
import { useSelectedCell } from "./paneContext";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  item: { display: "flex", gap: "6px", alignItems: "flex-start" },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  group: { marginTop: tokens.spacingVerticalS },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

const ORDER: Severity[] = ["error", "warning", "info"];
const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export interface IssueListProps {
  issues: readonly Issue[];
  onSelect: (cell: CellRef) => void;
}

export function IssueList({ issues, onSelect }: IssueListProps) {
  const { t, lang } = useT();
  const s = useStyles();
  const selected = useSelectedCell();
  const list = useRef<HTMLDivElement>(null);
  const hit = issues.some((i) => isSelected(i.cell, selected));
  useEffect(() => {
    if (hit) list.current?.querySelector("[aria-current='true']")?.scrollIntoView?.({ block: "nearest" });
  }, [hit, selected]);
  if (issues.length === 0) return <Text>{t.noIssues}</Text>;
  return (
    <div ref={list}>
      {ORDER.map((sev) => {
        const group = issues.filter((i) => i.severity === sev);
        if (group.length === 0) return null;
        return (
          <section key={sev} className={s.group} aria-label={`${t.severity[sev]} ${group.length}`}>
            <Caption1>
              <Badge appearance="filled" color={COLOR[sev]}>
                {t.severity[sev]} {group.length}
              </Badge>
            </Caption1>
            <ul className={s.list}>
              {group.map((i, k) => (
                <li
                  key={k}
                  className={mergeClasses(s.item, isSelected(i.cell, selected) && s.current)}
                  aria-current={isSelected(i.cell, selected) ? "true" : undefined}
                >
                  {i.cell ? (
                    <Button
                      size="small"
                      appearance="secondary"
                      aria-label={t.selectCell(i.cell.address)}
                      onClick={() => onSelect(i.cell!)}
                    >
                      {i.cell.address}
                    </Button>
                  ) : null}
                  <Text className={s.text} size={200}>
                    {issueText(i, lang)}
                  </Text>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
