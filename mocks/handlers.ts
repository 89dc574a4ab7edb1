// Placeholder; the mock backend proper is built in mocks/ (see ARCHITECTURE.md).
import { http, HttpResponse } from 'msw';

export const handlers = [
  http.get('*/api/v1/health', () => HttpResponse.json({ available: true })),
  http.post('*/api/v1/workspaces/list_by_organization_id', () =>
    HttpResponse.json({ workspaces: [{ workspaceId: '11111111-1111-4111-8111-111111111111', customerId: '11111111-1111-4111-8111-111111111112', name: 'Default Workspace', slug: 'default', initialSetupComplete: true, organizationId: '00000000-0000-0000-0000-000000000000' }] }),
  ),
];
