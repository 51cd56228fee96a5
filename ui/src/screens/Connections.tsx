import { useMutation, useQuery, useQueryClient } from "@tanstack/preact-query";
import { useEffect, useState } from "preact/hooks";

import { Data } from "../components/Data";
import { Alert, Badge, Button, Row, SelectField, Stack, TextField } from "../components/elements";
import type { ConnectionSide, ConnectionVerdict, ConnectorForm, SavedConnection, SignInStarted } from "../generated/app";
import { backend, errorText } from "../ipc";
import {
  draftFrom,
  formsFor,
  initialValues,
  missingFields,
  missingForSignIn,
  signInDraft,
  signInFields,
  type FormValues,
} from "../logic/connection-form";
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
      <ConnectionCard side="middleware" saved={saved.data.middleware} />
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
  const remove = useMutation({
    mutationFn: backend.removeMiddleware,
    onSuccess: (connections) => {
      queries.setQueryData(["connections"], connections);
      void queries.invalidateQueries();
    },
  });
  if (!form) return null;
  const words = connectorText[form.kind];
  const checked = (then: () => void) => {
    const missing = missingFields(form, values, secretSaved);
    setProblems(missing);
    if (missing.length === 0) then();
  };
  const title = side === "store" ? text.connections.store : side === "erp" ? text.connections.erp : text.connections.middleware;
  const signIn = side === "middleware" ? null : signInFields(form.kind);
  const signedIn = saved !== null && saved.kind === values.kind && saved.fields.auth === "browser";
  const field = (field: ConnectorForm["fields"][number]) => {
    const label = words?.fields[field.key]?.label ?? field.key;
    const help = words?.fields[field.key]?.help;
    const value = values.fields[field.key] ?? "";
    const set = (v: string) => setValues((old) => ({ ...old, fields: { ...old.fields, [field.key]: v } }));
    if (field.input === "choice") {
      return (
        <SelectField key={field.key} label={label} description={help} options={field.choices} value={value}
          onChange={set} placeholder="" data-field={field.key}
          // The choices are values the profile takes as written (access-token, client-secret…),
          // which the help text names: never translated.
          data-raw />
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
  };
  const manual = (
    <>
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
          {side === "middleware" && saved && (
            <Button variant="default" loading={remove.isPending} onClick={() => remove.mutate()} data-testid="remove-middleware">
              {text.connections.removeMiddleware}
            </Button>
          )}
          {save.isSuccess && <p role="status">{text.saved}</p>}
        </Row>
        {test.data && <Verdict verdict={test.data} testId="verdict" />}
    </>
  );
  return (
    <section className="card roomy stack gap-md" aria-label={title} data-testid={`connection-${side}`}>
      <Row justify="between">
        <h3 className="title-3">{title}</h3>
        {saved && (
          <Row gap="xs">
            <Badge tone={saved.secret_saved ? "green" : "orange"} data-testid="secret-state">
              {!saved.secret_saved ? text.connections.secretMissing : signedIn ? text.connections.signedIn : text.connections.secretSaved}
            </Badge>
            {saved.expires && <Badge tone="gray">{text.connections.expires(saved.expires)}</Badge>}
          </Row>
        )}
      </Row>
      {side === "middleware" && <p className="small muted">{text.connections.middlewareIntro}</p>}
      <SelectField
        label={text.connections.system}
        options={formsFor(side).map((f) => ({ value: f.kind, label: connectorText[f.kind]?.name ?? f.kind }))}
        value={values.kind}
        onChange={(kind) => kind && setValues({ kind, fields: {}, secret: "" })}
        data-testid="connector-kind"
      />
      {signIn ? (
        <>
          {form.fields.filter((f) => signIn.includes(f.key)).map(field)}
          <SignInPanel side={side} form={form} values={values} />
          <details className="advanced" data-testid="advanced">
            <summary>{text.connections.advanced}</summary>
            <Stack>
              {form.fields.filter((f) => !signIn.includes(f.key)).map(field)}
              {manual}
            </Stack>
          </details>
        </>
      ) : (
        <>
          {form.fields.map(field)}
          {manual}
        </>
      )}
      {(test.isError || save.isError || remove.isError) && (
        <Alert tone="red" role="alert">
          {errorText(test.error ?? save.error ?? remove.error)}
        </Alert>
      )}
    </section>
  );
}

function Verdict({ verdict, testId }: { verdict: ConnectionVerdict; testId: string }) {
  return (
    <Alert tone={verdict.ok ? "green" : "red"} role="status" data-testid={testId}>
      <Stack gap="xs">
        <p className="strong">{verdict.message}</p>
        {verdict.fix && <p className="small">{verdict.fix}</p>}
        {verdict.expires && <p className="small">{text.connections.expires(verdict.expires)}</p>}
        <details>
          <summary className="small">{text.wizard.technicalDetails}</summary>
          <Data value={verdict.detail} className="small muted" />
        </details>
      </Stack>
    </Alert>
  );
}

/** "Sign in with the browser": the browser does the rest; this shows where it stands. */
function SignInPanel({ side, form, values }: { side: ConnectionSide; form: ConnectorForm; values: FormValues }) {
  const queries = useQueryClient();
  const [problems, setProblems] = useState<string[]>([]);
  const [started, setStarted] = useState<SignInStarted | null>(null);
  const finish = useMutation({
    mutationFn: backend.finishSignIn,
    onSuccess: (finished) => {
      queries.setQueryData(["connections"], finished.connections);
      // A new sign-in may change what every screen shows.
      if (finished.verdict.ok) void queries.invalidateQueries();
    },
    onSettled: () => setStarted(null),
  });
  const start = useMutation({
    mutationFn: backend.startSignIn,
    onSuccess: (answer) => {
      setStarted(answer);
      finish.mutate();
    },
  });
  const cancel = useMutation({ mutationFn: backend.cancelSignIn });
  const begin = () => {
    const missing = missingForSignIn(form, values);
    setProblems(missing);
    if (missing.length === 0) start.mutate(signInDraft(side, form, values));
  };
  return (
    <Stack gap="sm" data-testid="sign-in">
      <p className="small muted">{text.connections.signInHelp[form.kind]}</p>
      {problems.length > 0 && (
        <Alert tone="red" role="alert">
          {problems.join(". ")}
        </Alert>
      )}
      <Row>
        <Button loading={start.isPending || finish.isPending} onClick={begin} data-testid="sign-in-button">
          {text.connections.signIn}
        </Button>
        {started && (
          <Button variant="default" onClick={() => cancel.mutate()} data-testid="cancel-sign-in">
            {text.connections.cancel}
          </Button>
        )}
      </Row>
      {started && (
        <Alert tone="blue" role="status" data-testid="sign-in-waiting">
          <Stack gap="xs">
            <p>{text.connections.waiting(started.authority)}</p>
            {!started.browser_opened && (
              <>
                <p className="small">{text.connections.noBrowser}</p>
                <Data value={started.authorize_url} className="small" />
              </>
            )}
          </Stack>
        </Alert>
      )}
      {finish.data && <Verdict verdict={finish.data.verdict} testId="sign-in-verdict" />}
      {(start.isError || finish.isError) && (
        <Alert tone="red" role="alert">
          {errorText(start.error ?? finish.error)}
        </Alert>
      )}
    </Stack>
  );
}
