// The only module that talks to the backend. Types come from Rust (src/generated).
import { invoke } from "@tauri-apps/api/core";

import type { CheckReport } from "./generated/bindings";

/** Errors cross IPC as {code, message}; branch on code, show message. */
export type IpcError = { code: string; message: string };

export function isIpcError(value: unknown): value is IpcError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

/** `open`: where the app was asked to open (`--open error-log`, from a notification). */
export type AppInfo = { version: string; demo: boolean; open: string | null };

export const backend = {
  runCheck: () => invoke<CheckReport>("run_check"),
  appInfo: () => invoke<AppInfo>("app_info"),
  uiRendered: (findings: number) => invoke<null>("ui_rendered", { findings }),
};
