// jsdom has no ResizeObserver, which the virtual tables measure with.
class NoResize {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver ??= NoResize as unknown as typeof ResizeObserver;
