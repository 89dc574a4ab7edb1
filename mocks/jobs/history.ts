// Seeded job history (filled in with the job simulator).
import type { Db } from '../db/store';

export function seedHistory(_db: Db, _now: number): void {}
