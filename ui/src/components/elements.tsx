// The window's building blocks: plain HTML elements styled by app.css. A component library
// cost this window a third of its start-up and 30 MB of WebKit memory (BENCHMARKS.md), for
// twenty-odd controls the platform already has: native <dialog>, <select>, <progress>.
import type { ButtonHTMLAttributes, ComponentChildren, HTMLAttributes, InputHTMLAttributes, SelectHTMLAttributes } from "preact";
import { useId, useLayoutEffect, useRef } from "preact/hooks";

/** The colours a verdict, a badge or an alert can take (all meet WCAG AA on white). */
export type Tone = "red" | "orange" | "green" | "blue" | "yellow" | "gray";

type Gap = "xs" | "sm" | "md";

/** An element's attributes with plain values where the window reads them (Preact also takes signals). */
export type Attributes<A> = Omit<A, "className" | "class" | "required"> & { className?: string; required?: boolean };

/** A form control's or dialog's attributes: their role is their own. */
type ControlAttributes<A> = Omit<Attributes<A>, "role">;

/** The class names that are set, joined. */
export const classes = (...names: (string | false | null | undefined)[]) => names.filter(Boolean).join(" ");

/** Children one under the other. */
export function Stack({ gap = "md", className, ...props }: { gap?: Gap } & Attributes<HTMLAttributes<HTMLDivElement>>) {
  return <div className={classes("stack", `gap-${gap}`, className)} {...props} />;
}

/** Children side by side, wrapping when the window is narrow. */
export function Row({
  gap = "sm",
  justify,
  align,
  nowrap,
  grow,
  className,
  ...props
}: {
  gap?: Gap;
  justify?: "between" | "end";
  align?: "start" | "end";
  nowrap?: boolean;
  /** Every child takes an equal share of the width. */
  grow?: boolean;
  className?: string;
} & Attributes<HTMLAttributes<HTMLDivElement>>) {
  return (
    <div
      className={classes("row", `gap-${gap}`, justify && `justify-${justify}`, align && `align-${align}`, nowrap && "nowrap", grow && "grow", className)}
      {...props}
    />
  );
}

export function Button({
  variant = "primary",
  size = "md",
  loading = false,
  disabled,
  className,
  type = "button",
  children,
  ...props
}: {
  variant?: "primary" | "default" | "subtle" | "outline";
  size?: "xs" | "md";
  /** Busy: shows a spinner and takes no second click. */
  loading?: boolean;
} & Attributes<ButtonHTMLAttributes<HTMLButtonElement>>) {
  return (
    <button
      type={type}
      className={classes("button", variant, size === "xs" && "compact", className)}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      {...props}
    >
      {loading && <span className="spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}

export function Badge({ tone, children, ...props }: { tone: Tone; children: ComponentChildren } & Attributes<HTMLAttributes<HTMLSpanElement>>) {
  return (
    <span className={`badge tone-${tone}`} {...props}>
      {children}
    </span>
  );
}

export function Alert({
  tone = "blue",
  title,
  onClose,
  closeLabel,
  className,
  children,
  ...props
}: {
  tone?: Tone;
  title?: string;
  /** With a label: a close button. */
  onClose?: () => void;
  closeLabel?: string;
} & Attributes<HTMLAttributes<HTMLDivElement>>) {
  return (
    <div className={classes("alert", `tone-${tone}`, className)} {...props}>
      <div className="alert-body">
        {title && <p className="alert-title">{title}</p>}
        {children}
      </div>
      {onClose && closeLabel && (
        <button type="button" className="alert-close" aria-label={closeLabel} onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}

/**
 * A spinner with its words, announced to screen readers as a status. `spin={false}` for the
 * window's first frame: an animation is a layer of its own, drawn every frame.
 */
export function Loading({ label, spin = true }: { label: string; spin?: boolean }) {
  return (
    <div className="row gap-sm" role="status">
      {spin && <span className="spinner" aria-hidden="true" />}
      <span>{label}</span>
    </div>
  );
}

/** Give focus to a region (a card, the main area) that is not focusable by itself. */
export function focusRegion(region: HTMLElement) {
  if (!region.hasAttribute("tabindex")) region.setAttribute("tabindex", "-1");
  region.focus();
}

/**
 * A modal dialog on the platform's <dialog>: focus stays inside, Escape closes, the rest of
 * the window is inert while it is open, and focus goes back to what opened it.
 */
export function Dialog({ title, onClose, children, ...props }: { title: string; onClose: () => void; children: ComponentChildren } & ControlAttributes<HTMLAttributes<HTMLDialogElement>>) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // A layout effect: its cleanup runs as the dialog is unmounted, before the next paint, so
  // the dialog stops being modal before focus is given back (while it is modal, everything
  // outside it is inert and refuses focus).
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    // The dialog is removed rather than closed, so the platform does not give focus back to
    // what opened it: remember it and give it back on the way out. What the dialog did may
    // remove or disable its opener (an applied plan has nothing left to apply): the opener's
    // region then takes focus, so it is never lost to the page.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const region = opener?.closest<HTMLElement>("section, main") ?? null;
    // jsdom has no showModal; an open attribute shows the content there.
    if (typeof element.showModal === "function") element.showModal();
    else element.setAttribute("open", "");
    return () => {
      if (typeof element.close === "function" && element.open) element.close();
      else element.removeAttribute("open");
      const usable = (el: HTMLElement | null) => el?.isConnected && !el.matches(":disabled");
      if (usable(opener)) return opener?.focus();
      const fallback = usable(region) ? region : document.querySelector<HTMLElement>("main");
      if (fallback) focusRegion(fallback);
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      {...props}
    >
      <h2 id={titleId} className="title-3 dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

type FieldText = { label: string; description?: string };

/** The id of a field's help line, which `Field` renders and its input points at. */
const helpId = (id: string, description: string | undefined) => (description ? `${id}-help` : undefined);

function Field({ id, label, description, required, children }: FieldText & { id: string; required?: boolean; children: ComponentChildren }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {" *"}
          </span>
        )}
      </label>
      {description && (
        <p className="field-help" id={helpId(id, description)}>
          {description}
        </p>
      )}
      {children}
    </div>
  );
}

/**
 * A labelled text, number, date or password box. What is typed arrives through `onInput`; there
 * is no `onChange`, which in Preact is the DOM's change event (fired when the box loses focus).
 */
export function TextField({
  label,
  description,
  className,
  type = "text",
  ...props
}: FieldText & { type?: "text" | "number" | "date" | "password" } & Omit<ControlAttributes<InputHTMLAttributes<HTMLInputElement>>, "type" | "onChange">) {
  const id = useId();
  return (
    <Field id={id} label={label} description={description} required={props.required}>
      {/* One input for four types: Preact types each input type apart, so the union is asserted. */}
      <input {...({ id, type, className: classes("input", className), "aria-describedby": helpId(id, description), ...props } as InputHTMLAttributes<HTMLInputElement>)} />
    </Field>
  );
}

/** A choice of a select; `lang` when its label is in another language than the window's (each
 * language named in its own). */
export type Choice = { value: string; label: string; lang?: string };

/** A labelled drop-down; `placeholder` adds an empty first choice. */
export function SelectField({
  label,
  description,
  options,
  placeholder,
  onChange,
  ...props
}: FieldText & {
  options: (Choice | string)[];
  placeholder?: string;
  onChange: (value: string) => void;
} & Omit<ControlAttributes<SelectHTMLAttributes<HTMLSelectElement>>, "onChange">) {
  const id = useId();
  return (
    <Field id={id} label={label} description={description}>
      <select id={id} className="input" aria-describedby={helpId(id, description)} onChange={(e) => onChange(e.currentTarget.value)} {...props}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => {
          const choice = typeof o === "string" ? { value: o, label: o } : o;
          return (
            <option key={choice.value} value={choice.value} lang={"lang" in choice ? choice.lang : undefined}>
              {choice.label}
            </option>
          );
        })}
      </select>
    </Field>
  );
}

/** An on/off setting: a checkbox a screen reader announces as a switch. */
export function Switch({ label, description, ...props }: FieldText & Omit<ControlAttributes<InputHTMLAttributes<HTMLInputElement>>, "type">) {
  const id = useId();
  return (
    <div className="switch-field">
      <input id={id} type="checkbox" role="switch" className="switch" aria-describedby={helpId(id, description)} {...props} />
      <div>
        <label htmlFor={id}>{label}</label>
        {description && (
          <p className="field-help" id={helpId(id, description)}>
            {description}
          </p>
        )}
      </div>
    </div>
  );
}

/** How far a long job has come. */
export function Progress({ value, label }: { value: number; label: string }) {
  return <progress className="progress" max={100} value={Math.max(0, Math.min(100, value))} aria-label={label} />;
}
