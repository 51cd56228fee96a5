import { defineConfig } from "vitest/config";

export default defineConfig({
  clearScreen: false,
  build: {
    outDir: "dist",
    // The webview is a current WebKit; no legacy transforms needed.
    target: "safari16",
  },
  test: {
    environment: "jsdom",
    globals: true,
  },
});
