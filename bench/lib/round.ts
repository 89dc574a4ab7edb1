/** A figure to one decimal (ms, kB): finer than the noise of a run, coarser than the timer. */
export const round1 = (n: number) => Math.round(n * 10) / 10;
