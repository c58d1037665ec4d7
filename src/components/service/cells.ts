/**
 * What a table cell or summary-list value holds on a service page: text,
 * optionally linked. `undefined` means the team has not documented it.
 */
export interface Cell {
  text: string;
  href?: string;
  /** A name the manual gives without its address. */
  missingLink?: boolean;
  /** GOV.UK tag classes, to show the text as a tag. */
  tag?: string;
  /** A made-up example service: the link is followed by an "Example" tag. */
  example?: boolean;
}

export type Value = Cell | Cell[] | undefined;

export function plain(text: string | undefined): Cell | undefined {
  return text === undefined ? undefined : { text };
}

/** A name with its https address, or the name alone flagged as missing its address. */
export function linked(text: string, url: string | undefined): Cell {
  return url ? { text, href: url } : { text, missingLink: true };
}

/** A list for one value; empty lists count as not documented. */
export function many(cells: Cell[]): Cell[] | undefined {
  return cells.length ? cells : undefined;
}

/** A contact: a mailbox becomes a mailto link; a channel or name stays text. */
export function contact(value: string | undefined): Cell | undefined {
  // Dot-separated domain parts that cannot overlap, so the test is linear in the value's length.
  return value && /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(value) ? { text: value, href: `mailto:${value}` } : plain(value);
}
