// A route option for large answers built by a presenter typed on the route's response schema (`z.infer`): the
// answer is sent by JSON.stringify without zod checking each of its fields again. The task list of 1,000 tasks has
// ~60 k values, and the check cost as much as building them. The schema still documents the route (OpenAPI); a test
// holds the answer to it (tasks-query-count.test.ts parses a list and finds nothing dropped or changed).

/** Serializes the route's answers with JSON.stringify (see the file's header for when that is right). */
export const presentedJson = {
  serializerCompiler: () => (data: unknown) => JSON.stringify(data),
} as const;
