/**
 * Prints benchmark results as a plain-text table. Each row: { benchmark, figure, value, target }.
 */
export function printTable(title, rows) {
  const headers = ['Benchmark', 'Figure', 'Value', 'Target / note'];
  const cells = rows.map((row) => [row.benchmark, row.figure, row.value, row.target ?? '']);
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...cells.map((line) => String(line[i]).length)),
  );
  const line = (values) =>
    values
      .map((value, i) =>
        i === 2 ? String(value).padStart(widths[i]) : String(value).padEnd(widths[i]),
      )
      .join(' │ ');
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(rule);
  for (const values of cells) console.log(line(values));
}
