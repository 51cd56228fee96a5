// The page registered as the Square application's redirect (site/sign-in/square.html): it
// must pass on only the answer's own parameters, never render what it was sent, and keep the
// script hash in its Content-Security-Policy in step with the script (or browsers block it).
import { describe, expect, it } from "vitest";

import page from "../../site/sign-in/square.html?raw";

const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";

function run(search: string) {
  const element = () => {
    const made = { textContent: "", href: "", setAttribute: (_name: string, value: string) => { made.href = value; } };
    return made;
  };
  const elements = { headline: element(), said: element(), again: element() };
  let replaced = "";
  const window = { location: { search, replace: (to: string) => { replaced = to; } } };
  const document = { getElementById: (id: keyof typeof elements) => elements[id] };
  new Function("window", "document", script)(window, document);
  return { replaced, elements };
}

describe("the Square redirect page", () => {
  it("allows its own script by hash and nothing else", async () => {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(script)));
    const hash = btoa(String.fromCharCode(...digest));
    expect(page).toContain(`script-src 'sha256-${hash}'`);
    expect(page).toContain("default-src 'none'");
    expect(script).not.toMatch(/innerHTML|document\.write/);
  });

  it("hands the answer to the app's link and drops anything else", () => {
    const { replaced, elements } = run("?code=sq0cgb-abc&response_type=code&state=s1&evil=%3Cscript%3E");
    const link = new URL(replaced);
    expect(link.protocol).toBe("order-sync-doctor:");
    expect([...link.searchParams.keys()]).toEqual(["code", "state", "response_type"]);
    expect(link.searchParams.get("code")).toBe("sq0cgb-abc");
    expect(elements.again.href).toBe(replaced);
    expect(elements.headline.textContent).toContain("close this tab");
  });

  it("says so when the seller denied access", () => {
    const { replaced, elements } = run("?error=access_denied&error_description=user_denied&state=s1");
    expect(new URL(replaced).searchParams.get("error")).toBe("access_denied");
    expect(elements.headline.textContent).toBe("Square was not connected");
  });
});
