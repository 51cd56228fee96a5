// The only module that talks to the backend. Every type comes from Rust (src/generated).
import { Channel, invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";

import type {
  ActivityItem,
  AlertSent,
  AppInfo,
  ConnectionDraft,
  Connections,
  ConnectionVerdict,
  Reconciliation,
  OrdersPage,
  OrdersQuery,
  RemedyOutcome,
  ResendProgress,
  ResendRow,
  Settings,
  SettingsChange,
  SignInFinished,
  SignInStarted,
  UpdateProgress,
  UpdateStatus,
  LastCheck,
  PullProgress,
} from "./generated/app";
import type { CheckReport } from "./generated/bindings";
import type { FixPlan, PlanOutcome, PlanPreview, PlanProgress } from "./generated/plan";
import type { RemedyPreview } from "./generated/remedy";
import { currentLanguage } from "./language";
import { text } from "./text";

/** Errors cross IPC as {code, message}; branch on code, show message. */
export type IpcError = { code: string; message: string };

export function isIpcError(value: unknown): value is IpcError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

/** What to show a person for any failure: the backend's message, or the error as text. */
/** Errors whose message the backend words from the message files, in the language spoken. */
const wordedByBackend = new Set(["sign_in", "update_refused", "update_failed", "update_installing"]);

export function errorText(error: unknown): string {
  if (isIpcError(error)) {
    // The message is the backend's own words, in English unless it was worded from the
    // message files (a sign-in); other languages get a plain headline first.
    const headline = text.error[error.code];
    if (currentLanguage() === "en" || wordedByBackend.has(error.code) || !headline) return error.message;
    return `${headline} (${error.message})`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

function progressChannel<T>(onProgress: (p: T) => void): Channel<T> {
  const channel = new Channel<T>();
  channel.onmessage = onProgress;
  return channel;
}

export const backend = {
  appInfo: () => invoke<AppInfo>("app_info"),
  runCheck: () => invoke<CheckReport>("run_check"),
  lastCheck: () => invoke<LastCheck | null>("last_check"),
  previewRemedy: (remedy: string) => invoke<RemedyPreview>("preview_remedy", { remedy }),
  applyRemedy: (remedy: string, onProgress: (p: ResendProgress) => void) =>
    invoke<RemedyOutcome>("apply_remedy", { remedy, onProgress: progressChannel(onProgress) }),
  undoChange: (change: number) => invoke<number>("undo_change", { change }),
  fixPlan: (report: CheckReport) => invoke<FixPlan>("fix_plan", { report }),
  previewPlan: (remedies: string[], orders: string[]) => invoke<PlanPreview>("preview_plan", { remedies, orders }),
  applyPlan: (remedies: string[], orders: string[], onProgress: (p: PlanProgress) => void) =>
    invoke<PlanOutcome>("apply_plan", { remedies, orders, onProgress: progressChannel(onProgress) }),
  ordersPage: (query: OrdersQuery) => invoke<OrdersPage>("orders_page", { query }),
  resendOrders: (orders: string[], onProgress: (p: ResendProgress) => void) =>
    invoke<ResendRow[]>("resend_orders", { orders, onProgress: progressChannel(onProgress) }),
  activity: (limit: number) => invoke<ActivityItem[]>("activity", { limit }),
  reconcile: (from: string, to: string) => invoke<Reconciliation>("reconcile", { from, to }),
  exportReconciliation: (from: string, to: string, format: "csv" | "html") =>
    invoke<string | null>("export_reconciliation", { from, to, format }),
  connections: () => invoke<Connections>("connections"),
  testConnection: (draft: ConnectionDraft) => invoke<ConnectionVerdict>("test_connection", { draft }),
  saveConnection: (draft: ConnectionDraft) => invoke<Connections>("save_connection", { draft }),
  removeMiddleware: () => invoke<Connections>("remove_middleware"),
  startSignIn: (draft: ConnectionDraft) => invoke<SignInStarted>("start_sign_in", { draft }),
  finishSignIn: () => invoke<SignInFinished>("finish_sign_in"),
  cancelSignIn: () => invoke<null>("cancel_sign_in"),
  useDemo: (demo: boolean) => invoke<Connections>("use_demo", { demo }),
  settings: () => invoke<Settings>("settings"),
  saveSettings: (change: SettingsChange) => invoke<Settings>("save_settings", { change }),
  sendTestAlert: () => invoke<AlertSent[]>("send_test_alert"),
  startAtLogin: () => invoke<boolean>("start_at_login"),
  setStartAtLogin: (on: boolean) => invoke<boolean>("set_start_at_login", { on }),
  pauseMonitoring: (paused: boolean) => invoke<Settings>("pause_monitoring", { paused }),
  exportReport: () => invoke<string | null>("export_report"),
  uiRendered: (findings: number, saved: boolean) => invoke<null>("ui_rendered", { findings, saved }),
  uiInteractive: () => invoke<null>("ui_interactive", { sinceNavigation: performance.now() }),
  updateStatus: () => invoke<UpdateStatus>("update_status"),
  checkForUpdate: () => invoke<UpdateStatus>("check_for_update"),
  installUpdate: (onProgress: (p: UpdateProgress) => void) =>
    invoke<null>("install_update", { onProgress: progressChannel(onProgress) }),
};

/** Events the backend sends: the monitor checked again, or a notification asked to open a place. */
export const events = {
  onReportChanged: (handler: () => void): Promise<UnlistenFn> => listen("report-changed", handler),
  onSettingsChanged: (handler: () => void): Promise<UnlistenFn> =>
    listen("settings-changed", handler),
  onUpdateChanged: (handler: () => void): Promise<UnlistenFn> => listen("update-changed", handler),
  onPullProgress: (handler: (step: PullProgress) => void): Promise<UnlistenFn> =>
    listen<PullProgress>("pull-progress", (event) => handler(event.payload)),
  onOpenPlace: (handler: (place: string) => void): Promise<UnlistenFn> =>
    listen<string>("open-place", (event) => handler(event.payload)),
};
