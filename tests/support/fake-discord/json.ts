/** A JSON object as Discord sends or receives it: fields are read and checked where used. */
export type Json = Record<string, unknown>;
