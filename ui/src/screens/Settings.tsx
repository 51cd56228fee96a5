import { useMutation, useQuery, useQueryClient } from "@tanstack/preact-query";
import { useEffect, useState } from "preact/hooks";

import { Alert, Button, Row, SelectField, Stack, Switch, TextField } from "../components/elements";
import { UpdateCard } from "../components/UpdateCard";
import type { Settings as Saved, SettingsChange } from "../generated/app";
import { backend, errorText } from "../ipc";
import { languageNames, languageOf, languages, setLanguage } from "../language";
import { text } from "../text";

type Form = SettingsChange & { emailOn: boolean; recipients: string };

function formFrom(saved: Saved): Form {
  return {
    interval_minutes: saved.interval_minutes,
    grace_minutes: saved.grace_minutes,
    auto_send: saved.auto_send,
    desktop: saved.desktop,
    slack: saved.slack,
    slack_webhook: null,
    email: saved.email ?? { smtp_host: "", smtp_port: 587, username: null, from: "", to: [] },
    smtp_password: null,
    language: saved.language,
    emailOn: saved.email !== null,
    recipients: (saved.email?.to ?? []).join(", "),
  };
}

/** A channel as the switches above name it (the backend names it in English). */
function channelName(channel: string): string {
  const names: Record<string, string> = { Desktop: text.settings.desktop, Slack: text.settings.slack, "E-mail": text.settings.email };
  return names[channel] ?? channel;
}

/** The OS's language as the app takes it: what "Same as this computer" means. */
function systemLanguage(saved: Saved): (typeof languages)[number] {
  const system = languageOf(saved.system_language);
  return languages.find((l) => l === system) ?? "en";
}

export function Settings({ updatedFrom }: { updatedFrom: string | null }) {
  const queries = useQueryClient();
  const saved = useQuery({ queryKey: ["settings"], queryFn: backend.settings });
  const autostart = useQuery({ queryKey: ["autostart"], queryFn: backend.startAtLogin });
  const [form, setForm] = useState<Form | null>(null);
  useEffect(() => {
    if (saved.data) setForm(formFrom(saved.data));
  }, [saved.data]);
  const save = useMutation({
    mutationFn: (f: Form) =>
      backend.saveSettings({
        ...f,
        email: f.emailOn && f.email ? { ...f.email, to: f.recipients.split(",").map((t) => t.trim()).filter(Boolean) } : null,
      }),
    onSuccess: (s) => {
      queries.setQueryData(["settings"], s);
      // The app speaks the new language from now on: the window, the findings (read again),
      // the next alert and the next report.
      const spoken = languageOf(s.speaking);
      if (spoken) setLanguage(spoken);
    },
  });
  const pause = useMutation({ mutationFn: backend.pauseMonitoring, onSuccess: (s) => queries.setQueryData(["settings"], s) });
  const login = useMutation({ mutationFn: backend.setStartAtLogin, onSuccess: (on) => queries.setQueryData(["autostart"], on) });
  const testAlert = useMutation({ mutationFn: backend.sendTestAlert });
  if (saved.isError) return <Alert tone="red" role="alert">{errorText(saved.error)}</Alert>;
  if (!form || !saved.data) return null;
  const set = (change: Partial<Form>) => setForm({ ...form, ...change });
  const email = form.email ?? { smtp_host: "", smtp_port: 587, username: null, from: "", to: [] };
  const setEmail = (change: Partial<typeof email>) => set({ email: { ...email, ...change } });
  return (
    <Stack>
      <h2 className="title-2">{text.settings.title}</h2>
      <section className="card roomy stack gap-md" aria-label={text.settings.language}>
        <SelectField
          label={text.settings.language}
          description={text.settings.languageHelp}
          value={form.language ?? ""}
          options={[
            { value: "", label: text.settings.languageSystem(languageNames[systemLanguage(saved.data)]) },
            ...languages.map((l) => ({ value: l, label: languageNames[l], lang: l })),
          ]}
          onChange={(value) => set({ language: value || null })}
          style={{ width: 320 }}
        />
      </section>
      <section className="card roomy stack gap-md" aria-label={text.settings.monitor}>
        <h3 className="title-3">{text.settings.monitor}</h3>
        <Switch label={text.settings.paused} checked={saved.data.monitor_paused} onChange={(e) => pause.mutate(e.currentTarget.checked)} />
        <TextField type="number" label={text.settings.interval} min={1} max={1440} value={form.interval_minutes} onInput={(e) => set({ interval_minutes: Number(e.currentTarget.value) || 1 })} style={{ width: 260 }} />
        <TextField type="number" label={text.settings.grace} min={0} max={1440} value={form.grace_minutes} onInput={(e) => set({ grace_minutes: Number(e.currentTarget.value) || 0 })} style={{ width: 260 }} />
        <Switch label={text.settings.autoSend} description={text.settings.autoSendHelp} checked={form.auto_send} onChange={(e) => set({ auto_send: e.currentTarget.checked })} />
        <Switch label={text.settings.startAtLogin} checked={autostart.data ?? false} disabled={autostart.isError} onChange={(e) => login.mutate(e.currentTarget.checked)} />
        {login.isError && <p className="error-text">{errorText(login.error)}</p>}
      </section>
      <section className="card roomy stack gap-md" aria-label={text.settings.channels}>
        <h3 className="title-3">{text.settings.channels}</h3>
        <Switch label={text.settings.desktop} checked={form.desktop} onChange={(e) => set({ desktop: e.currentTarget.checked })} />
        <Switch label={text.settings.slack} checked={form.slack} onChange={(e) => set({ slack: e.currentTarget.checked })} />
        {form.slack && (
          <TextField
            type="password"
            label={text.settings.slackWebhook}
            description={saved.data.slack_saved ? `${text.settings.slackHelp} (${text.settings.secretSaved})` : text.settings.slackHelp}
            value={form.slack_webhook ?? ""}
            onInput={(e) => set({ slack_webhook: e.currentTarget.value })}
            autoComplete="off"
          />
        )}
        <Switch label={text.settings.email} checked={form.emailOn} onChange={(e) => set({ emailOn: e.currentTarget.checked })} />
        {form.emailOn && (
          <Stack gap="xs">
            <Row grow align="start">
              <TextField label={text.settings.smtpHost} value={email.smtp_host} onInput={(e) => setEmail({ smtp_host: e.currentTarget.value })} />
              <TextField type="number" label={text.settings.smtpPort} value={email.smtp_port} min={1} max={65535} onInput={(e) => setEmail({ smtp_port: Number(e.currentTarget.value) || 587 })} />
            </Row>
            <Row grow align="start">
              <TextField label={text.settings.smtpUser} value={email.username ?? ""} onInput={(e) => setEmail({ username: e.currentTarget.value || null })} />
              <TextField
                type="password"
                label={text.settings.smtpPassword}
                description={saved.data.smtp_saved ? text.settings.secretSaved : undefined}
                value={form.smtp_password ?? ""}
                onInput={(e) => set({ smtp_password: e.currentTarget.value })}
                autoComplete="off"
              />
            </Row>
            <TextField label={text.settings.from} value={email.from} onInput={(e) => setEmail({ from: e.currentTarget.value })} />
            <TextField label={text.settings.to} value={form.recipients} onInput={(e) => set({ recipients: e.currentTarget.value })} />
          </Stack>
        )}
      </section>
      <Row>
        <Button loading={save.isPending} onClick={() => save.mutate(form)} data-testid="save-settings">
          {text.save}
        </Button>
        <Button variant="default" loading={testAlert.isPending} onClick={() => testAlert.mutate()}>{text.settings.testAlert}</Button>
        {save.isSuccess && <p role="status">{text.settings.savedNote}</p>}
      </Row>
      {save.isError && <Alert tone="red" role="alert">{errorText(save.error)}</Alert>}
      {testAlert.isError && <Alert tone="red" role="alert">{errorText(testAlert.error)}</Alert>}
      {testAlert.data && (
        <Alert role="status">
          {testAlert.data.length === 0 ? (
            text.settings.noChannel
          ) : (
            <ul>
              {testAlert.data.map((r) => (
                <li key={r.channel}>{r.error ? text.settings.testFailed(channelName(r.channel), r.error) : text.settings.testSent(channelName(r.channel))}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <UpdateCard updatedFrom={updatedFrom} />
    </Stack>
  );
}
