import { useMutation, useQuery, useQueryClient } from "@tanstack/preact-query";
import { lazy, Suspense } from "preact/compat";
import { useEffect, useLayoutEffect, useState } from "preact/hooks";

import { Alert, Button, Loading, Row } from "./components/elements";
import { backend, errorText, events } from "./ipc";
import { currentLanguage, languageOf, onLanguageChange, setLanguage } from "./language";
import { stepForPlace } from "./logic/verdict";
import { refreshOrderViews } from "./orderViews";
import { Wizard } from "./screens/Wizard";
import { text } from "./text";

// The first frame shows the wizard; the other screens load when first opened.
const Activity = lazy(() => import("./screens/Activity").then((m) => ({ default: m.Activity })));
const Connections = lazy(() => import("./screens/Connections").then((m) => ({ default: m.Connections })));
const Orders = lazy(() => import("./screens/Orders").then((m) => ({ default: m.Orders })));
const Reconcile = lazy(() => import("./screens/Reconcile").then((m) => ({ default: m.Reconcile })));
const Settings = lazy(() => import("./screens/Settings").then((m) => ({ default: m.Settings })));

export type Screen = "wizard" | "orders" | "reconcile" | "activity" | "connections" | "settings";
const screens: Screen[] = ["wizard", "orders", "reconcile", "activity", "connections", "settings"];

export function App() {
  const queries = useQueryClient();
  // Nothing is asked of the backend before the first frame is on screen: the first call
  // starts the demo (or connects), and on a two-core laptop that work would delay the frame.
  const [painted, setPainted] = useState(false);
  const info = useQuery({ queryKey: ["app-info"], queryFn: backend.appInfo, enabled: painted });
  const [screen, setScreen] = useState<Screen>("wizard");
  // A notification's "Open" (or a second launch) asks for a place; the wizard jumps there.
  const [requestedStep, setRequestedStep] = useState<number | null>(null);

  // Every word is read when drawn: a new language draws the window again, and everything the
  // backend worded (findings, fixes, previews) is asked for again in it.
  const [, setSpoken] = useState(currentLanguage());
  useEffect(
    () =>
      onLanguageChange(() => {
        setSpoken(currentLanguage());
        void queries.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "app-info" });
      }),
    [queries],
  );
  useEffect(() => {
    // The language the page was opened with is the app's, unless it changed since.
    const spoken = languageOf(info.data?.language);
    if (spoken) setLanguage(spoken);
  }, [info.data?.language]);

  useEffect(() => {
    const place = stepForPlace(info.data?.open);
    if (place !== null) setRequestedStep(place);
  }, [info.data?.open]);

  useEffect(() => {
    // After the first frame: nothing the backend says matters before the check is asked for.
    if (!painted) return;
    const stops = [
      events.onReportChanged(() => {
        void refreshOrderViews(queries);
      }),
      events.onSettingsChanged(() => void queries.invalidateQueries({ queryKey: ["settings"] })),
      events.onOpenPlace((place) => {
        if (place === "settings") {
          setScreen("settings");
          return;
        }
        setScreen("wizard");
        setRequestedStep(stepForPlace(place));
      }),
    ];
    return () => {
      for (const stop of stops) void stop.then((unlisten) => unlisten()).catch(() => undefined);
    };
  }, [queries, painted]);

  // A layout effect runs as the first commit reaches the DOM, before that frame is painted;
  // the second animation frame from there comes once it is on screen and taking input (the
  // empty window in BENCHMARKS.md reports its first frame the same way). A passive effect
  // would run after the paint and wait a frame longer.
  useLayoutEffect(() => {
    performance.mark("ui:committed");
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark("ui:interactive");
        setPainted(true);
        void backend.uiInteractive().catch(() => undefined);
      }),
    );
  }, []);

  const exportReport = useMutation({ mutationFn: backend.exportReport });
  // A check reconciles with the ERP and can move any order: every view is read again.
  const checkAgain = () => void refreshOrderViews(queries);

  return (
    <div className="shell">
      <header className="shell-header">
        <h1 className="title-1">{text.appTitle}</h1>
        <Row nowrap>
          <Button variant="default" onClick={checkAgain} data-testid="check-again">
            {text.header.checkAgain}
          </Button>
          <Button variant="default" loading={exportReport.isPending} onClick={() => exportReport.mutate()}>
            {text.header.exportReport}
          </Button>
        </Row>
      </header>
      <nav className="shell-nav" aria-label={text.nav.label}>
        {screens.map((s) => (
          <button
            key={s}
            type="button"
            className="nav-link"
            aria-current={screen === s ? "page" : undefined}
            onClick={() => setScreen(s)}
            data-screen={s}
          >
            {text.nav[s]}
          </button>
        ))}
      </nav>
      <main className="shell-main stack gap-md">
        {info.data?.demo && (
          <Alert tone="yellow" role="status" data-testid="demo-banner">
            <Row justify="between">
              <span>{text.demoBanner}</span>
              <Button size="xs" variant="outline" onClick={() => setScreen("connections")}>
                {text.demoBannerAction}
              </Button>
            </Row>
          </Alert>
        )}
        {exportReport.isSuccess && (
          <Alert role="status" closeLabel={text.close} onClose={() => exportReport.reset()}>
            {exportReport.data ? text.header.exported(exportReport.data) : text.header.exportCancelled}
          </Alert>
        )}
        {exportReport.isError && (
          <Alert tone="red" role="alert">
            {errorText(exportReport.error)}
          </Alert>
        )}
        {info.isError && screen !== "wizard" && (
          <Alert tone="red" title={text.checkFailed} role="alert">
            {errorText(info.error)}
          </Alert>
        )}
        {screen === "wizard" && <Wizard ready={painted} requestedStep={requestedStep} onStepShown={() => setRequestedStep(null)} />}
        <Suspense fallback={<Loading label={text.loadingScreen} />}>
          {screen === "orders" && <Orders />}
          {screen === "reconcile" && <Reconcile />}
          {screen === "activity" && <Activity />}
          {screen === "connections" && <Connections />}
          {screen === "settings" && <Settings updatedFrom={info.data?.updated_from ?? null} />}
        </Suspense>
      </main>
    </div>
  );
}
