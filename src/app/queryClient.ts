import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "@/api/errors";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // Retry only what may succeed on its own (network blips, 5xx); a 404 or rejected input will not.
        retry: (failureCount, error) => failureCount < 2 && (!(error instanceof ApiError) || error.retryable),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
