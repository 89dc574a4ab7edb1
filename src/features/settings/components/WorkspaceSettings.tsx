import { Code, Table } from "@mantine/core";
import { useWorkspace } from "@/shared/WorkspaceContext";
import { SettingsSection } from "./SettingsSection";

export function WorkspaceSettings() {
  const workspace = useWorkspace();
  return (
    <SettingsSection title="Workspace">
      <Table variant="vertical" layout="fixed" withTableBorder={false}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={160}>Name</Table.Th>
            <Table.Td>{workspace.name}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Workspace id</Table.Th>
            <Table.Td>
              <Code>{workspace.workspaceId}</Code>
            </Table.Td>
          </Table.Tr>
          {workspace.organizationId && (
            <Table.Tr>
              <Table.Th>Organization id</Table.Th>
              <Table.Td>
                <Code>{workspace.organizationId}</Code>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </SettingsSection>
  );
}
