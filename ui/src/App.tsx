import { Alert, AppShell, Button, Group, NavLink, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { backend, errorText, events } from "./ipc";
import { stepForPlace } from "./logic/verdict";
import { Activity } from "./screens/Activity";
import { Connections } from "./screens/Connections";
import { Orders } from "./screens/Orders";
import { Settings } from "./screens/Settings";
import { Wizard } from "./screens/Wizard";
import { text } from "./text";

export type Screen = "wizard" | "orders" | "activity" | "connections" | "settings";
const screens: Screen[] = ["wizard", "orders", "activity", "connections", "settings"];

export function App() {
  const queries = useQueryClient();
  // Nothing is asked of the backend before the first frame is on screen: the first call
  // starts the demo (or connects), and on a two-core laptop that work would delay the frame.
  const [painted, setPainted] = useState(false);
  const info = useQuery({ queryKey: ["app-info"], queryFn: backend.appInfo, enabled: painted });
  const [screen, setScreen] = useState<Screen>("wizard");
  // A notification's "Open" (or a second launch) asks for a place; the wizard jumps there.
  const [requestedStep, setRequestedStep] = useState<number | null>(null);

  useEffect(() => {
    const place = stepForPlace(info.data?.open);
    if (place !== null) setRequestedStep(place);
  }, [info.data?.open]);

  useEffect(() => {
    const stops = [
      events.onReportChanged(() => {
        void queries.invalidateQueries({ queryKey: ["check"] });
        void queries.invalidateQueries({ queryKey: ["orders"] });
        void queries.invalidateQueries({ queryKey: ["waiting"] });
        void queries.invalidateQueries({ queryKey: ["activity"] });
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
  }, [queries]);

  useEffect(() => {
    // Two frames after the first commit the shell is on screen and takes input.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        setPainted(true);
        void backend.uiInteractive().catch(() => undefined);
      }),
    );
  }, []);

  const exportReport = useMutation({ mutationFn: backend.exportReport });
  const checkAgain = () => void queries.invalidateQueries({ queryKey: ["check"] });

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Title order={1} size="h3">
            {text.appTitle}
          </Title>
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" onClick={checkAgain}>
              {text.header.checkAgain}
            </Button>
            <Button variant="default" loading={exportReport.isPending} onClick={() => exportReport.mutate()}>
              {text.header.exportReport}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={text.nav.label}>
        {screens.map((s) => (
          <NavLink
            key={s}
            component="button"
            label={text.nav[s]}
            active={screen === s}
            aria-current={screen === s ? "page" : undefined}
            onClick={() => setScreen(s)}
            data-screen={s}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {info.data?.demo && (
          <Alert color="yellow" variant="light" mb="md" role="status" data-testid="demo-banner">
            <Group justify="space-between">
              <Text c="dark.8">{text.demoBanner}</Text>
              <Button size="xs" variant="outline" color="dark" onClick={() => setScreen("connections")}>
                {text.demoBannerAction}
              </Button>
            </Group>
          </Alert>
        )}
        {exportReport.isSuccess && (
          <Alert mb="md" role="status" withCloseButton closeButtonLabel={text.close} onClose={() => exportReport.reset()}>
            {exportReport.data ? text.header.exported(exportReport.data) : text.header.exportCancelled}
          </Alert>
        )}
        {exportReport.isError && (
          <Alert color="red" mb="md" role="alert">
            {errorText(exportReport.error)}
          </Alert>
        )}
        {info.isError && screen !== "wizard" && (
          <Alert color="red" title={text.checkFailed} role="alert">
            {errorText(info.error)}
          </Alert>
        )}
        {screen === "wizard" && <Wizard ready={painted} requestedStep={requestedStep} onStepShown={() => setRequestedStep(null)} />}
        {screen === "orders" && <Orders />}
        {screen === "activity" && <Activity />}
        {screen === "connections" && <Connections />}
        {screen === "settings" && <Settings />}
      </AppShell.Main>
    </AppShell>
  );
}
