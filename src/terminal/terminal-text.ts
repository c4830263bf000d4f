/**
 * Text from the corpus or a user as a terminal may show it. An article, a file name or a
 * question can hold escape sequences that a terminal obeys: clearing the screen, hiding text,
 * setting the window title, or an OSC 8 hyperlink whose visible words point elsewhere. They
 * are removed with the other control characters; newlines and tabs stay.
 */

// CSI (ESC [ or U+009B, parameters, a final byte); OSC, DCS, SOS, PM and APC strings up to their
// terminator (BEL or ST); any other escape (ESC, intermediates, a final byte). An OSC without
// its terminator loses only its introducer: its text then shows as the inert words it is.
const SEQUENCES =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)|\u001b[ -/]*[0-~]?/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalText(text: string): string {
  return text.replace(SEQUENCES, '').replace(CONTROLS, '');
}

/**
 * A value as one JSON line. JSON.stringify escapes C0 controls but writes C1 controls
 * (U+0080-U+009F, CSI among them) as they are; they are escaped too. The value is the same.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
