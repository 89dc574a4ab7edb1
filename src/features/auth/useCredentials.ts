import { useSyncExternalStore } from 'react';
import { getCredentials, subscribeCredentials, type Credentials } from '@/api/credentials';

export function useCredentials(): Credentials | null {
  return useSyncExternalStore(subscribeCredentials, getCredentials, getCredentials);
}
