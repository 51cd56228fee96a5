import { defineConfig } from "vitest/config";

export default defineConfig({
  // Preact renders the window (React's 130 KB runtime was most of the first script). Version 11:
  // 10 copies vnodes by assignment, which throws under Tauri's frozen Object.prototype.
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  clearScreen: false,
  // The message files live at the repository's root (the Rust side reads them too); the window
  // may read that folder and nothing else outside ui/; the tests also read the Square redirect
  // page (site/sign-in/), a public page that ships beside the app, never in it.
  server: { port: 1420, strictPort: true, fs: { allow: [".", "../locales", "../site"] } },
  build: {
    outDir: "dist",
    // The webview is a current WebKit; no legacy transforms needed.
    target: "safari16",
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["src/test-setup.ts"],
  },
});
