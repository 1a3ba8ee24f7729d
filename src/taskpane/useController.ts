/** The pane's controller as a hook: made once per services, started on mount, disposed on unmount. */
import { useEffect, useState, useSyncExternalStore } from "react";
import type { WorkbookAnalysis } from "../app/analyze";
import { PaneController, type ControllerTiming, type PaneState } from "../app/controller";
import type { HostServices } from "../app/services";

export function useController(
  services: HostServices<WorkbookAnalysis>,
  timing?: ControllerTiming,
): [PaneState, PaneController] {
  const [controller] = useState(() => new PaneController(services, timing));
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  useEffect(() => {
    void controller.start();
    return () => controller.dispose();
  }, [controller]);
  return [state, controller];
}
