import "@mantine/core/styles.css";
import "./app.css";

import { MantineProvider, createTheme } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { App } from "./App";

const theme = createTheme({
  primaryColor: "indigo",
  // Darker shades by default: text and buttons keep WCAG AA contrast on white.
  primaryShade: 8,
  // No sliding dialogs for people who asked their system for less motion.
  respectReducedMotion: true,
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
});

const queries = new QueryClient({
  defaultOptions: {
    // Local IPC, not a flaky network: a failed call is shown, not retried behind the user's back.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
  },
});

const root = document.getElementById("app");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queries}>
          <App />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
