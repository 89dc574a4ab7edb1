// Whether a connection reads from a database: its failures and warnings then look like a database's
// (JDBC connection errors), not an HTTP API's (429 rate limits), as the real connectors' do.
import type { Db } from "../db/store";

export function readsFromDatabase(db: Db, connectionId: string): boolean {
  const connection = db.connections.get(connectionId);
  const source = connection ? db.sources.get(connection.sourceId) : undefined;
  const definition = source ? db.definitions.find((d) => d.kind === "source" && d.id === source.definitionId) : undefined;
  return definition?.sourceType === "database";
}
