import { cleanup } from "@testing-library/preact";
import { act } from "preact/test-utils";
import { afterEach } from "vitest";

// jsdom has no ResizeObserver, which the virtual tables measure with.
class NoResize {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver ??= NoResize as unknown as typeof ResizeObserver;

// Preact runs an unmounted component's effect cleanups after the next paint; unmount inside
// act() so they run before the test ends, not after jsdom is gone (a QueryClientProvider's
// cleanup reads `window`).
afterEach(() => act(() => cleanup()));
