/** Fills `{name}` placeholders. (Its own module: the conversion details import it without the string tables.) */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
