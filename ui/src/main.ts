import { backend, isIpcError } from "./ipc";
import { anchorFor, countFindings, renderError, renderReport } from "./render";
import { text } from "./text";

async function start(root: HTMLElement): Promise<void> {
  root.replaceChildren(document.createTextNode(text.checking));
  try {
    const [info, report] = await Promise.all([backend.appInfo(), backend.runCheck()]);
    root.replaceChildren(renderReport(document, report, info.demo));
    const anchor = anchorFor(info.open);
    if (anchor) {
      document.getElementById(anchor)?.scrollIntoView();
    }
    await backend.uiRendered(countFindings(report));
  } catch (error) {
    const message = isIpcError(error) ? error.message : String(error);
    root.replaceChildren(renderError(document, message));
  }
}

const root = document.getElementById("app");
if (root) {
  void start(root);
}
