// Report the first frame, the same moment the app reports its drawn check.
requestAnimationFrame(() =>
  requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke("painted", { sinceNavigation: performance.now() })),
);
