// Start-up marks (performance entries of type "mark"): script running here, first commit and
// first frame in App. scripts/page-marks.sh prints them (BENCHMARKS.md's breakdown).
performance.mark("ui:script");
import "./app.css";

import { QueryClient, QueryClientProvider } from "@tanstack/preact-query";
import { render } from "preact";

import { App } from "./App";
import { CrashNotice } from "./components/CrashNotice";

const queries = new QueryClient({
  defaultOptions: {
    // Local IPC, not a flaky network: a failed call is shown, not retried behind the user's back.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
  },
});

const root = document.getElementById("app");
if (root) {
  render(
    <CrashNotice>
      <QueryClientProvider client={queries}>
        <App />
      </QueryClientProvider>
    </CrashNotice>,
    root,
  );
}
