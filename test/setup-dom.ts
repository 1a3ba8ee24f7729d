import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// Fluent's MessageBar and overflow components observe sizes; jsdom has no ResizeObserver.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver =
  (globalThis as unknown as { ResizeObserver?: unknown }).ResizeObserver ?? ResizeObserverStub;

// findBy…/waitFor wait for behaviour, not for speed: on a loaded 2-core machine the first render of the pane
// (Fluent styles, the analysis) can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 10000 });
