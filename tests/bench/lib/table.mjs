/** Column titles for the keys the map and page-js benchmarks use; other keys print as they are. */
const TITLES = {
  benchmark: 'Benchmark',
  figure: 'Figure',
  value: 'Value',
  target: 'Target / note',
};

/**
 * Prints benchmark results as a plain-text table: one column per key met in the rows (in the
 * order first met), numbers right-aligned, so that any benchmark module can return its own shape.
 */
export function printTable(title, rows) {
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const headers = keys.map((key) => TITLES[key] ?? key);
  const cells = rows.map((row) => keys.map((key) => String(row[key] ?? '')));
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...cells.map((line) => line[i].length)),
  );
  // Figures line up on the right: the value column, and any column holding only numbers.
  const numeric = keys.map(
    (key, i) => key === 'value' || cells.every((line) => /^[\d.,\s—-]*$/.test(line[i])),
  );
  const line = (values) =>
    values
      .map((value, i) => (numeric[i] ? value.padStart(widths[i]) : value.padEnd(widths[i])))
      .join(' │ ');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((width) => '─'.repeat(width)).join('─┼─'));
  for (const values of cells) console.log(line(values));
}
