import { useQuery } from "@tanstack/preact-query";

import { Data } from "../components/Data";
import { Alert, Stack } from "../components/elements";
import { backend, errorText } from "../ipc";
import { dateTime } from "../language";
import { text } from "../text";

/** Every fix, undo and resend, newest first. */
export function Activity() {
  const activity = useQuery({ queryKey: ["activity"], queryFn: () => backend.activity(500) });
  return (
    <Stack>
      <h2 className="title-2">{text.activity.title}</h2>
      {activity.isError && <Alert tone="red" role="alert">{errorText(activity.error)}</Alert>}
      {activity.data?.length === 0 && <p>{text.activity.empty}</p>}
      {activity.data && activity.data.length > 0 && (
        <table className="table" data-testid="activity">
          <thead>
            <tr>
              <th>{text.activity.column.when}</th>
              <th>{text.activity.column.who}</th>
              <th>{text.activity.column.what}</th>
            </tr>
          </thead>
          <tbody>
            {activity.data.map((item, i) => (
              <tr key={`${item.at}-${i}`}>
                <td>{dateTime(item.at)}</td>
                <td>{text.activity.actor[item.actor] ?? item.actor}</td>
                <td>
                  <Data value={text.activity.describe(item)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Stack>
  );
}
