/** Same-story clusters: one news event told by one or more outlets. */
export interface Story {
  /** Stable id: `st_` + hash of the earliest member's id. */
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) of the earliest member. */
  date: string | null;
  items: string[];
}
