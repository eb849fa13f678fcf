import type { Schemas } from "../../api/typed.ts";
import { useEffect, useState } from "react";
import { getJson } from "../../api/client.ts";
import { PURPOSE } from "./model.ts";

/** The names of the schools an officer serves at, by id (one read per school; an officer has few). */
export function useSchoolNames(schoolIds: readonly string[]): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const key = [...new Set(schoolIds)].sort().join(",");
  useEffect(() => {
    if (key === "") return;
    const controller = new AbortController();
    Promise.all(
      key.split(",").map((id) =>
        getJson<Schemas["School"]>(`/api/v1/schools/${id}`, { purpose: PURPOSE, signal: controller.signal }).then(
          (s) => [id, s.name] as const,
          () => [id, "a school"] as const,
        ),
      ),
    )
      .then((pairs) => {
        if (!controller.signal.aborted) setNames(new Map(pairs));
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [key]);
  return names;
}
