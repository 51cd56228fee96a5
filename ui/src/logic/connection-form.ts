import type { ConnectionDraft, ConnectionSide, ConnectorForm, SavedConnection } from "../generated/app";
import forms from "../generated/connectors.json";
import { connectorText, text } from "../text";

export const connectorForms = forms as ConnectorForm[];

export function formsFor(side: ConnectionSide): ConnectorForm[] {
  return connectorForms.filter((f) => f.side === side);
}

export type FormValues = { kind: string; fields: Record<string, string>; secret: string };

/** The form's starting values: what is saved for this side, or the first connector, empty. */
export function initialValues(side: ConnectionSide, saved: SavedConnection | null): FormValues {
  const kind = saved?.kind ?? formsFor(side)[0]?.kind ?? "";
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(saved?.fields ?? {})) {
    if (value !== undefined) fields[key] = value;
  }
  return { kind, fields, secret: "" };
}

/** What is missing, in words, before anything goes to the backend. */
export function missingFields(form: ConnectorForm, values: FormValues, secretSaved: boolean): string[] {
  const missing = form.fields
    .filter((f) => f.required && !(values.fields[f.key] ?? "").trim())
    .map((f) => text.connections.required(connectorText[form.kind]?.fields[f.key]?.label ?? f.key));
  if (form.needs_secret && !secretSaved && !values.secret.trim()) {
    missing.push(text.connections.required(connectorText[form.kind]?.secret.label ?? "secret"));
  }
  return missing;
}

/** Only the chosen connector's own fields are sent; an empty secret keeps the saved one. */
export function draftFrom(side: ConnectionSide, form: ConnectorForm, values: FormValues): ConnectionDraft {
  const fields: Record<string, string> = {};
  for (const f of form.fields) {
    const value = (values.fields[f.key] ?? "").trim();
    if (value) fields[f.key] = value;
  }
  const secret = values.secret.trim();
  return { side, kind: form.kind, fields, secret: secret ? secret : null };
}

/**
 * The fields a person fills in to sign in with the browser, for connectors that can; the rest
 * of the form (app secrets, certificates, other clouds' addresses) is "Advanced".
 */
const signInFieldsByKind: Record<string, string[]> = {
  "business-central": ["tenant", "environment", "company", "client_id"],
  netsuite: ["url", "account_id", "client_id"],
  square: ["url", "location_ids", "client_id", "redirect_url"],
};

export function signInFields(kind: string): string[] | null {
  return signInFieldsByKind[kind] ?? null;
}

/** Fields a connection can leave empty but a browser sign-in cannot. */
const signInNeeds = ["client_id", "redirect_url"];

/** What is missing before a browser sign-in can start. */
export function missingForSignIn(form: ConnectorForm, values: FormValues): string[] {
  const wanted = signInFields(form.kind) ?? [];
  return form.fields
    .filter((f) => wanted.includes(f.key) && (f.required || signInNeeds.includes(f.key)) && !(values.fields[f.key] ?? "").trim())
    .map((f) => text.connections.required(connectorText[form.kind]?.fields[f.key]?.label ?? f.key));
}

/** A sign-in sends the fields as typed and never a secret; the backend sets the login method. */
export function signInDraft(side: ConnectionSide, form: ConnectorForm, values: FormValues): ConnectionDraft {
  const draft = draftFrom(side, form, values);
  delete draft.fields.auth;
  return { ...draft, secret: null };
}
