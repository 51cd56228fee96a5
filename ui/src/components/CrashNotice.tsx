import { Component, type ComponentChildren, type ErrorInfo } from "preact";

import { text } from "../text";
import { Alert, Button } from "./elements";

/**
 * A fault in the window's own code shows a notice with a way out instead of an empty window.
 * The message is the error's own text: never customer data, which is rendered as text anyway.
 */
export class CrashNotice extends Component<{ children: ComponentChildren }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static override getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert tone="red" role="alert" title={text.crash.title} style={{ margin: 16 }}>
        <p>{text.crash.body}</p>
        <details>
          <summary>{text.crash.details}</summary>
          <pre className="detail">{this.state.error.message}</pre>
        </details>
        <Button onClick={() => window.location.reload()} style={{ marginTop: 12 }}>
          {text.crash.reload}
        </Button>
      </Alert>
    );
  }
}
