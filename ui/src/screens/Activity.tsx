import { Alert, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";

import { Data } from "../components/Data";
import { backend, errorText } from "../ipc";
import { text } from "../text";

/** Every fix, undo and resend, newest first. */
export function Activity() {
  const activity = useQuery({ queryKey: ["activity"], queryFn: () => backend.activity(500) });
  return (
    <Stack>
      <Title order={2} size="h3">
        {text.activity.title}
      </Title>
      {activity.isError && <Alert color="red" role="alert">{errorText(activity.error)}</Alert>}
      {activity.data?.length === 0 && <Text>{text.activity.empty}</Text>}
      {activity.data && activity.data.length > 0 && (
        <Table striped data-testid="activity">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{text.activity.column.when}</Table.Th>
              <Table.Th>{text.activity.column.who}</Table.Th>
              <Table.Th>{text.activity.column.what}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {activity.data.map((item, i) => (
              <Table.Tr key={`${item.at}-${i}`}>
                <Table.Td>{new Date(item.at).toLocaleString()}</Table.Td>
                <Table.Td>{text.activity.actor[item.actor] ?? item.actor}</Table.Td>
                <Table.Td>
                  <Data value={text.activity.describe(item)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
