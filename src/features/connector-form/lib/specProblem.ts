/** Something wrong with a connector specification, named by keyword and JSON-pointer path. */
export interface SpecProblem {
  /** 'error': the form cannot be rendered faithfully; 'warning': it renders, but something is ignored. */
  severity: "error" | "warning";
  keyword: string;
  /** JSON pointer into the connection specification, e.g. /properties/credentials/oneOf. */
  path: string;
  message: string;
}
