import { useMutation, useQuery, useQueryClient } from "@tanstack/preact-query";
import { useEffect, useState } from "preact/hooks";

import { Data } from "../components/Data";
import { Alert, Badge, Button, Row, SelectField, Stack, TextField } from "../components/elements";
import type { ConnectionSide, SavedConnection } from "../generated/app";
import { backend, errorText } from "../ipc";
import { draftFrom, formsFor, initialValues, missingFields, type FormValues } from "../logic/connection-form";
import { connectorText, text } from "../text";

export function Connections() {
  const queries = useQueryClient();
  const saved = useQuery({ queryKey: ["connections"], queryFn: backend.connections });
  const switchTo = useMutation({
    mutationFn: (demo: boolean) => backend.useDemo(demo),
    onSuccess: (connections) => {
      queries.setQueryData(["connections"], connections);
      void queries.invalidateQueries();
    },
  });
  if (saved.isError) return <Alert tone="red" role="alert">{errorText(saved.error)}</Alert>;
  if (!saved.data) return null;
  const complete = saved.data.store !== null && saved.data.erp !== null;
  return (
    <Stack>
      <h2 className="title-2">{text.connections.title}</h2>
      <p>{text.connections.intro}</p>
      <ConnectionCard side="store" saved={saved.data.store} />
      <ConnectionCard side="erp" saved={saved.data.erp} />
      <Row>
        <p role="status">{saved.data.using_demo ? text.connections.usingDemo : text.connections.usingMine}</p>
        {saved.data.using_demo ? (
          <Button disabled={!complete} loading={switchTo.isPending} onClick={() => switchTo.mutate(false)}>
            {text.connections.useMine}
          </Button>
        ) : (
          <Button variant="default" loading={switchTo.isPending} onClick={() => switchTo.mutate(true)}>
            {text.connections.useDemo}
          </Button>
        )}
      </Row>
      {switchTo.isError && <Alert tone="red" role="alert">{errorText(switchTo.error)}</Alert>}
    </Stack>
  );
}

function ConnectionCard({ side, saved }: { side: ConnectionSide; saved: SavedConnection | null }) {
  const queries = useQueryClient();
  const [values, setValues] = useState<FormValues>(() => initialValues(side, saved));
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => setValues(initialValues(side, saved)), [side, saved]);
  const form = formsFor(side).find((f) => f.kind === values.kind) ?? formsFor(side)[0];
  const secretSaved = saved !== null && saved.kind === values.kind && saved.secret_saved;
  const test = useMutation({ mutationFn: backend.testConnection });
  const save = useMutation({
    mutationFn: backend.saveConnection,
    onSuccess: (connections) => {
      queries.setQueryData(["connections"], connections);
      setValues((v) => ({ ...v, secret: "" }));
    },
  });
  if (!form) return null;
  const words = connectorText[form.kind];
  const checked = (then: () => void) => {
    const missing = missingFields(form, values, secretSaved);
    setProblems(missing);
    if (missing.length === 0) then();
  };
  const title = side === "store" ? text.connections.store : text.connections.erp;
  return (
    <section className="card roomy stack gap-md" aria-label={title} data-testid={`connection-${side}`}>
      <Row justify="between">
        <h3 className="title-3">{title}</h3>
        {saved && (
          <Row gap="xs">
            <Badge tone={saved.secret_saved ? "green" : "orange"} data-testid="secret-state">
              {saved.secret_saved ? text.connections.secretSaved : text.connections.secretMissing}
            </Badge>
            {saved.expires && <Badge tone="gray">{text.connections.expires(saved.expires)}</Badge>}
          </Row>
        )}
      </Row>
      <SelectField
        label={text.connections.system}
        options={formsFor(side).map((f) => ({ value: f.kind, label: connectorText[f.kind]?.name ?? f.kind }))}
        value={values.kind}
        onChange={(kind) => kind && setValues({ kind, fields: {}, secret: "" })}
        data-testid="connector-kind"
      />
      {form.fields.map((field) => {
        const label = words?.fields[field.key]?.label ?? field.key;
        const help = words?.fields[field.key]?.help;
        const value = values.fields[field.key] ?? "";
        const set = (v: string) => setValues((old) => ({ ...old, fields: { ...old.fields, [field.key]: v } }));
        if (field.input === "choice") {
          return (
            <SelectField key={field.key} label={label} description={help} options={field.choices} value={value}
              onChange={set} placeholder="" data-field={field.key} />
          );
        }
        return (
          <TextField
            key={field.key}
            label={label}
            description={help}
            required={field.required}
            value={value}
            type={field.input === "number" ? "number" : field.input === "date" ? "date" : "text"}
            onInput={(e) => set(e.currentTarget.value)}
            data-field={field.key}
          />
        );
      })}
      {form.needs_secret && words && (
        <TextField
          type="password"
          label={words.secret.label}
          description={secretSaved ? `${words.secret.help} ${text.connections.secretKeep}.` : words.secret.help}
          value={values.secret}
          onInput={(e) => {
            // Read now: the event's target is gone by the time a deferred updater runs.
            const secret = e.currentTarget.value;
            setValues((old) => ({ ...old, secret }));
          }}
          autoComplete="off"
          data-field="secret"
        />
      )}
      {problems.length > 0 && (
        <Alert tone="red" role="alert">
          {problems.join(". ")}
        </Alert>
      )}
      <Row>
        <Button variant="default" loading={test.isPending} onClick={() => checked(() => test.mutate(draftFrom(side, form, values)))} data-testid="test-connection">
          {text.connections.test}
        </Button>
        <Button loading={save.isPending} onClick={() => checked(() => save.mutate(draftFrom(side, form, values)))} data-testid="save-connection">
          {text.connections.save}
        </Button>
        {save.isSuccess && <p role="status">{text.saved}</p>}
      </Row>
      {test.data && (
        <Alert tone={test.data.ok ? "green" : "red"} role="status" data-testid="verdict">
          <Stack gap="xs">
            <p className="strong">{test.data.message}</p>
            {test.data.fix && <p className="small">{test.data.fix}</p>}
            {test.data.expires && <p className="small">{text.connections.expires(test.data.expires)}</p>}
            <Data value={test.data.detail} className="small muted" />
          </Stack>
        </Alert>
      )}
      {(test.isError || save.isError) && (
        <Alert tone="red" role="alert">
          {errorText(test.error ?? save.error)}
        </Alert>
      )}
    </section>
  );
}
