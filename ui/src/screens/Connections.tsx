import { Alert, Badge, Button, Group, Paper, PasswordInput, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { Data } from "../components/Data";
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
  if (saved.isError) return <Alert color="red" role="alert">{errorText(saved.error)}</Alert>;
  if (!saved.data) return null;
  const complete = saved.data.store !== null && saved.data.erp !== null;
  return (
    <Stack>
      <Title order={2} size="h3">
        {text.connections.title}
      </Title>
      <Text>{text.connections.intro}</Text>
      <ConnectionCard side="store" saved={saved.data.store} />
      <ConnectionCard side="erp" saved={saved.data.erp} />
      <Group>
        <Text role="status">{saved.data.using_demo ? text.connections.usingDemo : text.connections.usingMine}</Text>
        {saved.data.using_demo ? (
          <Button disabled={!complete} loading={switchTo.isPending} onClick={() => switchTo.mutate(false)}>
            {text.connections.useMine}
          </Button>
        ) : (
          <Button variant="default" loading={switchTo.isPending} onClick={() => switchTo.mutate(true)}>
            {text.connections.useDemo}
          </Button>
        )}
      </Group>
      {switchTo.isError && <Alert color="red" role="alert">{errorText(switchTo.error)}</Alert>}
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
    <Paper withBorder p="md" component="section" aria-label={title} data-testid={`connection-${side}`}>
      <Stack>
        <Group justify="space-between">
          <Title order={3} size="h4">
            {title}
          </Title>
          {saved && (
            <Group gap="xs">
              <Badge color={saved.secret_saved ? "green.9" : "orange.9"} variant="light" data-testid="secret-state">
                {saved.secret_saved ? text.connections.secretSaved : text.connections.secretMissing}
              </Badge>
              {saved.expires && <Badge variant="light" color="gray.8">{text.connections.expires(saved.expires)}</Badge>}
            </Group>
          )}
        </Group>
        <Select
          label={text.connections.system}
          data={formsFor(side).map((f) => ({ value: f.kind, label: connectorText[f.kind]?.name ?? f.kind }))}
          value={values.kind}
          onChange={(kind) => kind && setValues({ kind, fields: {}, secret: "" })}
          allowDeselect={false}
          data-testid="connector-kind"
        />
        {form.fields.map((field) => {
          const label = words?.fields[field.key]?.label ?? field.key;
          const help = words?.fields[field.key]?.help;
          const value = values.fields[field.key] ?? "";
          const set = (v: string) => setValues((old) => ({ ...old, fields: { ...old.fields, [field.key]: v } }));
          if (field.input === "choice") {
            return (
              <Select key={field.key} label={label} description={help} data={field.choices} value={value || null}
                onChange={(v) => set(v ?? "")} clearable data-field={field.key} />
            );
          }
          return (
            <TextInput
              key={field.key}
              label={label}
              description={help}
              required={field.required}
              value={value}
              type={field.input === "number" ? "number" : field.input === "date" ? "date" : "text"}
              onChange={(e) => set(e.currentTarget.value)}
              data-field={field.key}
            />
          );
        })}
        {form.needs_secret && words && (
          <PasswordInput
            label={words.secret.label}
            description={secretSaved ? `${words.secret.help} ${text.connections.secretKeep}.` : words.secret.help}
            value={values.secret}
            onChange={(e) => setValues((old) => ({ ...old, secret: e.currentTarget.value }))}
            autoComplete="off"
            data-field="secret"
          />
        )}
        {problems.length > 0 && (
          <Alert color="red" role="alert">
            {problems.join(". ")}
          </Alert>
        )}
        <Group>
          <Button variant="default" loading={test.isPending} onClick={() => checked(() => test.mutate(draftFrom(side, form, values)))} data-testid="test-connection">
            {text.connections.test}
          </Button>
          <Button loading={save.isPending} onClick={() => checked(() => save.mutate(draftFrom(side, form, values)))} data-testid="save-connection">
            {text.connections.save}
          </Button>
          {save.isSuccess && <Text role="status">{text.saved}</Text>}
        </Group>
        {test.data && (
          <Alert color={test.data.ok ? "green" : "red"} role="status" data-testid="verdict">
            <Stack gap={4}>
              <Text fw={600}>{test.data.message}</Text>
              {test.data.fix && <Text size="sm">{test.data.fix}</Text>}
              {test.data.expires && <Text size="sm">{text.connections.expires(test.data.expires)}</Text>}
              <Data value={test.data.detail} size="sm" c="dark.6" />
            </Stack>
          </Alert>
        )}
        {(test.isError || save.isError) && (
          <Alert color="red" role="alert">
            {errorText(test.error ?? save.error)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
