/**
 * Typed errors. Every error copydesk throws on purpose is one of these, so callers can tell a
 * bad call from a bug.
 *
 * @module
 */

/** Thrown when the input is neither a string nor a Uint8Array. */
export class InvalidInputError extends TypeError {
  override readonly name = "InvalidInputError";
  readonly code = "ERR_COPYDESK_INPUT";
  constructor(readonly received: string) {
    super(`copydesk: expected the article as a string or Uint8Array, got ${received}`);
  }
}

/** Thrown when the input is longer than `maxLength`. */
export class InputTooLargeError extends RangeError {
  override readonly name = "InputTooLargeError";
  readonly code = "ERR_COPYDESK_TOO_LARGE";
  constructor(
    readonly size: number,
    readonly maxLength: number,
    readonly unit: "characters" | "bytes",
  ) {
    super(`copydesk: input of ${size} ${unit} is over the limit of ${maxLength} (options.maxLength)`);
  }
}

/** One problem with the options: the dotted path of the field and what is wrong with it. */
export interface OptionIssue {
  path: string;
  message: string;
}

/** Thrown when the options do not match {@link OptionsSchema}; the message names each bad field. */
export class InvalidOptionsError extends TypeError {
  override readonly name = "InvalidOptionsError";
  readonly code = "ERR_COPYDESK_OPTIONS";
  constructor(readonly issues: OptionIssue[]) {
    super(`copydesk: invalid options: ${issues.map((i) => `${i.path || "(options)"}: ${i.message}`).join("; ")}`);
  }
}

/** Describe any value for an error message without dumping it. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value instanceof ArrayBuffer) return "an ArrayBuffer (wrap it in a Uint8Array)";
  const type = typeof value;
  if (type === "object") {
    const ctor = (value as object).constructor?.name;
    return ctor && ctor !== "Object" ? `an instance of ${ctor}` : "an object";
  }
  return type === "undefined" ? "undefined" : `a ${type}`;
}
