import { act, fireEvent, render, screen } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { describe, expect, it } from "vitest";

import { text } from "../text";
import { Dialog } from "./elements";

function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {text.remedy.title}
      </button>
      {open && (
        <Dialog title={text.remedy.title} onClose={() => setOpen(false)}>
          <button type="button" onClick={() => setOpen(false)}>
            {text.close}
          </button>
        </Dialog>
      )}
    </>
  );
}

describe("a dialog", () => {
  it("gives focus back to what opened it when it goes", () => {
    const { unmount } = render(<Opener />);
    const opener = screen.getByRole("button", { name: text.remedy.title });
    opener.focus();
    fireEvent.click(opener);
    const close = screen.getByText(text.close);
    close.focus();
    expect(document.activeElement).toBe(close);
    fireEvent.click(close);
    expect(screen.queryByText(text.close)).toBeNull();
    expect(document.activeElement).toBe(opener);
    act(() => {
      unmount();
    });
  });
});
