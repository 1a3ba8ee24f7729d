/**
 * The pane's controller as a hook: made once per services (or the one given, already started: see
 * index.tsx), started on mount, disposed on unmount.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import type { WorkbookAnalysis } from "../app/analyze";
import { PaneController, type ControllerTiming, type PaneState } from "../app/controller";
import type { HostServices } from "../app/services";

export function useController(
  services: HostServices<WorkbookAnalysis>,
  timing?: ControllerTiming,
  given?: PaneController,
): [PaneState, PaneController] {
  const [controller] = useState(() => given ?? new PaneController(services, timing));
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  useEffect(() => {
    void controller.start();
    return () => controller.dispose();
  }, [controller]);
  return [state, controller];
}

/** Resolves once the controller's first reading of the workbook is shown: its analysis or its error. */
export function firstView(controller: PaneController): Promise<void> {
  const done = () => controller.getState().view.kind !== "loading";
  return new Promise((resolve) => {
    if (done()) return resolve();
    const stop = controller.subscribe(() => {
      if (!done()) return;
      stop();
      resolve();
    });
  });
}
