// Keyset paging by a date column: the cursor holds the ISO instant.

/** A cursor's sort value for rows ordered by a date column. */
export const isoSort = (date: Date): string => date.toISOString();
export const parseIsoSort = (sort: string | number): Date => new Date(String(sort));
