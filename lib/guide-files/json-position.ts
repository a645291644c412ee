/**
 * Where a JSON text first goes wrong, as an offset, or null when it is valid. Node's JSON.parse
 * error names the position only in some versions ("…at position 42"), so the import's message
 * ("Invalid JSON at line 3, column 5") finds it itself. A plain recursive-descent scan of
 * RFC 8259; it reports, never throws, and never builds the value.
 */
export function firstJsonError(text: string): { offset: number; reason: string } | null {
  let i = 0;
  let depth = 0;
  const fail = (reason: string): never => {
    throw new ScanError(i, reason);
  };
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const expectChar = (c: string, what: string) => (text[i] === c ? i++ : fail(`expected ${what}`));

  const value = (): void => {
    space();
    const c = text[i];
    if (c === undefined) fail("unexpected end of the text");
    if (c === "{") return object();
    if (c === "[") return array();
    if (c === '"') return string();
    if (c === "-" || (c! >= "0" && c! <= "9")) return number();
    for (const word of ["true", "false", "null"]) if (text.startsWith(word, i)) return void (i += word.length);
    fail(`unexpected character ${JSON.stringify(c)}`);
  };
  const nested = (body: () => void) => {
    if (++depth > 500) fail("nested too deeply");
    body();
    depth--;
  };
  const object = () =>
    nested(() => {
      i++;
      space();
      if (text[i] === "}") return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail("expected a property name in double quotes");
        string();
        space();
        expectChar(":", "a colon after the property name");
        value();
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        expectChar("}", "a comma or a closing brace");
        return;
      }
    });
  const array = () =>
    nested(() => {
      i++;
      space();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ",") {
          i++;
          space();
          if (text[i] === "]") fail("a trailing comma");
          continue;
        }
        expectChar("]", "a comma or a closing bracket");
        return;
      }
    });
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail("a control character inside a string");
      if (text[i] === "\\") {
        i++;
        const e = text[i];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail("a bad \\u escape");
          i += 4;
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) fail("a bad escape");
      }
      i++;
    }
    if (i >= text.length) fail("an unterminated string");
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail("a malformed number");
    i += match![0].length;
  };

  try {
    value();
    space();
    if (i < text.length) fail("unexpected text after the end");
    return null;
  } catch (error) {
    if (error instanceof ScanError) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}
