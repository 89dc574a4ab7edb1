import type { Schemas } from '@/api/types';

export type JobReadList = Schemas['JobReadList'];
export type AttemptRead = Schemas['AttemptRead'];
export type FailureReason = Schemas['FailureReason'];
export type AttemptStats = Schemas['AttemptStats'];
export type AttemptStreamStats = Schemas['AttemptStreamStats'];
export type StreamStats = Schemas['StreamStats'];
export type AttemptInfoRead = Schemas['AttemptInfoRead'];
export type JobListRequestBody = Schemas['JobListRequestBody'];
