/** The part every form card ends with: its findings, the write button, and the write preview when open. */
import { Button, Text } from "@fluentui/react-components";
import type { CellRef, Issue } from "../domain/issue";
import { useT } from "./i18n";
import { useBusy } from "./paneContext";
import { IssueList } from "./IssueList";

export interface FindingsAndWriteProps {
  issues: readonly Issue[];
  onSelect: (cell: CellRef) => void;
  onWrite: () => void;
  children?: React.ReactNode;
}

export function FindingsAndWrite({ issues, onSelect, onWrite, children }: FindingsAndWriteProps) {
  const { t } = useT();
  const busy = useBusy();
  return (
    <>
      <Text weight="semibold">{t.issues}</Text>
      <IssueList issues={issues} onSelect={onSelect} />
      <div>
        <Button appearance="primary" disabledFocusable={busy} onClick={onWrite}>
          {t.write}
        </Button>
      </div>
      {children}
    </>
  );
}
